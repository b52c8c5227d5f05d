package org.lvzhi.application.imports.port.out;

/** Reads a spreadsheet file into rows of text; the application never sees a file format's library. */
public interface SpreadsheetReader {

    /**
     * The first sheet of the file. CSV is UTF-8 (with or without a byte-order mark) or, when it is not valid
     * UTF-8, GB18030 (as Excel in China saves it).
     *
     * @throws org.lvzhi.application.imports.port.out.ImportFileRejected when the file cannot be read as that format
     *         or has more than {@code maxRows} data rows
     */
    Sheet read(byte[] content, SpreadsheetFormat format, int maxRows);
}
