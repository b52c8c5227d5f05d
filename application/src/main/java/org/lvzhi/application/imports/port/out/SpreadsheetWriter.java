package org.lvzhi.application.imports.port.out;

import java.util.List;

/** Writes the import templates. */
public interface SpreadsheetWriter {

    /** An XLSX workbook with one sheet of that name whose first row holds the headers. */
    byte[] template(String sheetName, List<String> headers);
}
