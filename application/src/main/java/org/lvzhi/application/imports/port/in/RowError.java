package org.lvzhi.application.imports.port.in;

/**
 * One reason a row cannot be imported: the row number as the spreadsheet shows it (the header is row 1),
 * the column's header as the file names it, and a Chinese message.
 */
public record RowError(int row, String column, String message) {
}
