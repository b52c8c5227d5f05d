package org.lvzhi.application.imports.port.out;

/** The file formats an import reads; liaison offices keep their lists in Excel and save them as either. */
public enum SpreadsheetFormat {
    CSV,
    XLSX
}
