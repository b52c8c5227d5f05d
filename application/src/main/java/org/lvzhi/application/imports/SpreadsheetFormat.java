package org.lvzhi.application.imports;

/** The file formats an import reads; liaison offices keep their lists in Excel and save them as either. */
public enum SpreadsheetFormat {
    CSV,
    XLSX
}
