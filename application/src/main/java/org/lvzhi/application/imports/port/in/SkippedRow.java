package org.lvzhi.application.imports.port.in;

/** A row that was imported before (by this file or another) and is left alone; not an error. */
public record SkippedRow(int row, String message) {
}
