package org.lvzhi.adapter.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.imports.port.out.ImportFileRejected;
import org.lvzhi.application.imports.port.out.Sheet;
import org.lvzhi.application.imports.port.out.SpreadsheetFormat;

class SpreadsheetAdapterTest {

    private static final List<String> HEADER = List.of("代表姓名", "类型", "日期", "对象", "备注");
    private static final List<Sheet.Row> EXPECTED_ROWS = List.of(
            new Sheet.Row(2, List.of("马建国", "视察", "2025-03-05", "城东区", "冬季供暖，含“引号”")),
            new Sheet.Row(3, List.of("才让卓玛", "INSPECTION", "2025/4/1")),
            new Sheet.Row(5, List.of("韩永平", "TRAINING", "2025-04-02", "13800138000")));

    private final SpreadsheetAdapter adapter = new SpreadsheetAdapter();

    @Test
    @DisplayName("CSV in UTF-8 with a byte-order mark reads without the mark")
    void csvUtf8WithBom() throws IOException {
        Sheet sheet = adapter.read(csv(StandardCharsets.UTF_8, true), SpreadsheetFormat.CSV, 100);

        assertThat(sheet.header()).containsExactlyElementsOf(HEADER);
        assertThat(sheet.rows()).containsExactlyElementsOf(EXPECTED_ROWS);
    }

    @Test
    @DisplayName("CSV in GB18030, as Excel in China saves it, reads the same")
    void csvGb18030() throws IOException {
        byte[] content = csv(Charset.forName("GB18030"), false);

        assertThat(new String(content, StandardCharsets.UTF_8)).contains("\uFFFD");
        Sheet sheet = adapter.read(content, SpreadsheetFormat.CSV, 100);

        assertThat(sheet.header()).containsExactlyElementsOf(HEADER);
        assertThat(sheet.rows()).containsExactlyElementsOf(EXPECTED_ROWS);
    }

    @Test
    @DisplayName("CSV in UTF-8 without a byte-order mark reads the same")
    void csvUtf8() throws IOException {
        assertThat(adapter.read(csv(StandardCharsets.UTF_8, false), SpreadsheetFormat.CSV, 100).rows())
                .containsExactlyElementsOf(EXPECTED_ROWS);
    }

    @Test
    @DisplayName("XLSX with a real date cell, a text date and a number cell reads to the same rows as the CSV")
    void xlsxDatesAndNumbers() throws IOException {
        Sheet sheet = adapter.read(xlsx(), SpreadsheetFormat.XLSX, 100);

        assertThat(sheet.header()).containsExactlyElementsOf(HEADER);
        assertThat(sheet.rows()).containsExactlyElementsOf(EXPECTED_ROWS);
        assertThat(sheet).isEqualTo(adapter.read(csv(StandardCharsets.UTF_8, true), SpreadsheetFormat.CSV, 100));
    }

    @Test
    @DisplayName("more data rows than allowed is refused, naming the limit")
    void tooManyRows() throws IOException {
        assertThatThrownBy(() -> adapter.read(csv(StandardCharsets.UTF_8, true), SpreadsheetFormat.CSV, 2))
                .isInstanceOf(ImportFileRejected.class)
                .hasMessage("数据行过多：一次最多导入 2 行，请分成几个文件");
        assertThatThrownBy(() -> adapter.read(xlsx(), SpreadsheetFormat.XLSX, 2))
                .isInstanceOf(ImportFileRejected.class)
                .extracting(e -> ((ImportFileRejected) e).reason()).isEqualTo(ImportFileRejected.Reason.TOO_MANY_ROWS);
    }

    @Test
    @DisplayName("a file that is not a workbook is refused as unreadable")
    void notAWorkbook() {
        assertThatThrownBy(() -> adapter.read("姓名,届次\n".getBytes(StandardCharsets.UTF_8), SpreadsheetFormat.XLSX, 100))
                .isInstanceOf(ImportFileRejected.class)
                .extracting(e -> ((ImportFileRejected) e).reason()).isEqualTo(ImportFileRejected.Reason.UNREADABLE);
    }

    @Test
    @DisplayName("a template reads back as its headers and no rows")
    void templateReadsBack() {
        byte[] template = adapter.template("履职登记", HEADER);

        Sheet sheet = adapter.read(template, SpreadsheetFormat.XLSX, 100);

        assertThat(sheet.header()).containsExactlyElementsOf(HEADER);
        assertThat(sheet.rows()).isEmpty();
    }

    /** The rows as a liaison office types them, a blank line (row 4) in between, written by Commons CSV. */
    private static byte[] csv(Charset charset, boolean byteOrderMark) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, charset); var printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            printer.printRecord(HEADER);
            printer.printRecord("马建国", "视察", "2025-03-05", "城东区", "冬季供暖，含“引号”");
            printer.printRecord("才让卓玛", "INSPECTION", "2025/4/1", "", "");
            printer.println();
            printer.printRecord("韩永平", "TRAINING", "2025-04-02", "13800138000");
        }
        return bytes.toByteArray();
    }

    /** The same rows in a workbook: a real date cell (shown as 2025年3月5日), a text date, a phone as a number. */
    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("履职登记");
            CellStyle chineseDate = workbook.createCellStyle();
            chineseDate.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle isoDate = workbook.createCellStyle();
            isoDate.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("马建国");
            first.createCell(1).setCellValue("视察");
            first.createCell(2).setCellValue(LocalDate.of(2025, 3, 5));
            first.getCell(2).setCellStyle(chineseDate);
            first.createCell(3).setCellValue("城东区");
            first.createCell(4).setCellValue("冬季供暖，含“引号”");
            Row second = sheet.createRow(2);
            second.createCell(0).setCellValue("才让卓玛");
            second.createCell(1).setCellValue("INSPECTION");
            second.createCell(2).setCellValue("2025/4/1");
            second.createCell(4).setCellValue(" ");
            Row fourth = sheet.createRow(4);
            fourth.createCell(0).setCellValue("韩永平");
            fourth.createCell(1).setCellValue("TRAINING");
            fourth.createCell(2).setCellValue(LocalDate.of(2025, 4, 2));
            fourth.getCell(2).setCellStyle(isoDate);
            fourth.createCell(3).setCellValue(13800138000d);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
