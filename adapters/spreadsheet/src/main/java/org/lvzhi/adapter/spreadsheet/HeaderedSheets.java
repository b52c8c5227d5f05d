package org.lvzhi.adapter.spreadsheet;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A new sheet whose bold, frozen first row holds the column headers: how every workbook of the platform opens. */
final class HeaderedSheets {

    private static final int COLUMN_WIDTH = 16 * 256;

    private HeaderedSheets() {
    }

    static XSSFSheet create(XSSFWorkbook workbook, String name, List<String> headers) {
        return (XSSFSheet) create((Workbook) workbook, name, headers);
    }

    /** The same in any workbook, a streamed one ({@code SXSSFWorkbook}) included. */
    static Sheet create(Workbook workbook, String name, List<String> headers) {
        Sheet sheet = workbook.createSheet(name);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, COLUMN_WIDTH);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }
}
