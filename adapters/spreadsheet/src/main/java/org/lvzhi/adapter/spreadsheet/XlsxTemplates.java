package org.lvzhi.adapter.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The import templates: one sheet whose bold, frozen first row holds the column headers. */
final class XlsxTemplates {

    private XlsxTemplates() {
    }

    static byte[] write(String sheetName, List<String> headers) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            HeaderedSheets.create(workbook, sheetName, headers);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
