package org.lvzhi.adapter.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.statistics.port.out.TenantStatistics;
import org.lvzhi.application.statistics.port.out.StatisticsExportWriter;

/**
 * The statistics as spreadsheets, read back with POI as Excel would: the deputies' Chinese names and figures in their
 * columns, counts as numbers, rates as fractions shown as percentages, no cell where no rate exists.
 */
class StatisticsSheetsTest {

    private static final TenantStatistics.Line OUYANG = new TenantStatistics.Line(UUID.randomUUID(), "欧阳建国", 1, 9, 6, 2, 4, 3);
    private static final TenantStatistics.Line NEW_DEPUTY = new TenantStatistics.Line(UUID.randomUUID(), "李<新>&代表\u0007", 1, 0, 0, 0, 0, 0);
    private static final TenantStatistics.Line GROUP = new TenantStatistics.Line(UUID.randomUUID(), "城东代表小组", 12, 40, 30, 10, 24, 18);
    private static final TenantStatistics.HandlingUnitLine WATER = new TenantStatistics.HandlingUnitLine(UUID.randomUUID(), "省水利厅", 8, 6, 5, 4);

    @Test
    @DisplayName("the streamed sheet 代表 has the bold frozen header, then each deputy's name and figures in the workbook's columns")
    void streamsTheDeputiesSheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StatisticsExportWriter.Sheet sheet = new StreamedStatisticsSheet().open(out)) {
            sheet.line(OUYANG);
            sheet.line(NEW_DEPUTY);
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet deputies = workbook.getSheet("代表");
            assertThat(texts(deputies.getRow(0))).isEqualTo(StatisticsWorkbook.LINE_HEADERS);
            assertThat(workbook.getFontAt(deputies.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(deputies.getPaneInformation().isFreezePane()).isTrue();
            assertLine(deputies.getRow(1), "欧阳建国", 9, 0.75, 0.75);
            assertThat(deputies.getRow(2).getCell(0).getStringCellValue()).as("markup kept as text, a control character dropped")
                    .isEqualTo("李<新>&代表");
            assertThat(deputies.getRow(2).getCell(5)).as("no attendance, no rate").isNull();
            assertThat(deputies.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("closing the streamed sheet ends the file but leaves the response stream open")
    void leavesTheStreamOpen() {
        List<String> closed = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FilterOutputStream response = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed.add("closed");
            }
        };

        new StreamedStatisticsSheet().open(response).close();

        assertThat(closed).isEmpty();
        assertThat(bytes.toByteArray()).startsWith('P', 'K');
    }

    @Test
    @DisplayName("the year's workbook has the sheets 代表, 代表小组, 联络站 and 承办单位 with their figures; 积分排名 only with a points scheme")
    void writesTheWorkbook() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (StatisticsWorkbook.Sheets sheets = new StatisticsWorkbook().open(written)) {
            sheets.deputy(OUYANG);
            sheets.finish(new TenantStatistics(2025, List.of(), List.of(GROUP), List.of(), List.of(WATER)));
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written.toByteArray()))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2), workbook.getSheetName(3)))
                    .containsExactly("代表", "代表小组", "联络站", "承办单位");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertLine(workbook.getSheet("代表").getRow(1), "欧阳建国", 9, 0.75, 0.75);
            assertLine(workbook.getSheet("代表小组").getRow(1), "城东代表小组", 40, 0.75, 0.75);
            assertThat(workbook.getSheet("联络站").getLastRowNum()).isZero();
            Row water = workbook.getSheet("承办单位").getRow(1);
            assertThat(water.getCell(0).getStringCellValue()).isEqualTo("省水利厅");
            assertThat(water.getCell(3).getNumericCellValue()).isEqualTo(0.75);
            assertThat(water.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(water.getCell(6).getNumericCellValue()).isEqualTo(0.8);
        }
    }

    @Test
    @DisplayName("the workbook holds a window of the deputies' rows while it is written, and the file has every row")
    void keepsAWindowOfRows() throws IOException {
        int deputies = 20 * StatisticsWorkbook.WINDOW;
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (StatisticsWorkbook.Sheets sheets = new StatisticsWorkbook().open(written)) {
            for (int i = 0; i < deputies; i++) {
                sheets.deputy(OUYANG);
            }
            Sheet sheet = sheets.deputies();
            assertThat(sheet.getRow(1)).as("an early row is out of memory").isNull();
            assertThat(sheet.getRow(deputies)).isNotNull();
            assertThat(((SXSSFSheet) sheet).getLastFlushedRowNum()).isGreaterThanOrEqualTo(deputies - StatisticsWorkbook.WINDOW);
            sheets.finish(new TenantStatistics(2025, List.of(), List.of(), List.of(), List.of()));
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written.toByteArray()))) {
            assertThat(workbook.getSheet("代表").getLastRowNum()).isEqualTo(deputies);
            assertLine(workbook.getSheet("代表").getRow(1), "欧阳建国", 9, 0.75, 0.75);
            assertLine(workbook.getSheet("代表").getRow(deputies), "欧阳建国", 9, 0.75, 0.75);
        }
    }

    private static void assertLine(Row row, String name, double records, double attendanceRate, double quotaCompletion) {
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(name);
        assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(records);
        Cell attendance = row.getCell(5);
        assertThat(attendance.getNumericCellValue()).isEqualTo(attendanceRate);
        assertThat(attendance.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(quotaCompletion);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
