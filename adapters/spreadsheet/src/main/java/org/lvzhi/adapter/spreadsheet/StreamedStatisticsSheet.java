package org.lvzhi.adapter.spreadsheet;

import jakarta.inject.Singleton;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.lvzhi.application.statistics.port.out.StatisticsExportWriter;
import org.lvzhi.application.statistics.port.out.TenantStatistics;

/**
 * The figures per deputy as an XLSX file (sheet 代表, the columns of {@link StatisticsWorkbook}) written into the stream
 * while the lines come: the package's parts are zipped in order and the sheet's rows are deflated into it one by one,
 * with the names as inline strings, so nothing grows with the congress (POI's SXSSF would buffer every row in a
 * temporary file and send the first byte only after the last row).
 */
@Singleton
class StreamedStatisticsSheet implements StatisticsExportWriter {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String COLUMNS = "ABCDEFGHI";
    private static final int HEADER_STYLE = 1;
    private static final int PERCENT_STYLE = 2;

    @Override
    public Sheet open(OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            part(zip, "[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            part(zip, "_rels/.rels", XML + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, "xl/workbook.xml", XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">"
                    + "<sheets><sheet name=\"代表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/></Relationships>");
            part(zip, "xl/styles.xml", XML + "<styleSheet xmlns=\"" + MAIN + "\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.00%\"/></numFmts>"
                    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                    + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
            sheet.write(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetViews><sheetView workbookViewId=\"0\">"
                    + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
                    + "<cols><col min=\"1\" max=\"" + COLUMNS.length() + "\" width=\"14\" customWidth=\"1\"/></cols><sheetData>");
            Rows rows = new Rows(zip, sheet);
            rows.header(StatisticsWorkbook.LINE_HEADERS);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The rows of the open sheet. */
    private static final class Rows implements Sheet {

        private final ZipOutputStream zip;
        private final Writer sheet;
        private int row;

        Rows(ZipOutputStream zip, Writer sheet) {
            this.zip = zip;
            this.sheet = sheet;
        }

        void header(List<String> headers) throws IOException {
            start();
            for (int c = 0; c < headers.size(); c++) {
                text(c, headers.get(c), HEADER_STYLE);
            }
            sheet.write("</row>");
        }

        @Override
        public void line(TenantStatistics.Line line) {
            try {
                start();
                text(0, line.name(), 0);
                number(1, line.deputies(), 0);
                number(2, line.records(), 0);
                number(3, line.attended(), 0);
                number(4, line.absences(), 0);
                rate(5, line.attendanceRate());
                number(6, line.quotas(), 0);
                number(7, line.quotasMet(), 0);
                rate(8, line.quotaCompletion());
                sheet.write("</row>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                sheet.write("</sheetData></worksheet>");
                sheet.flush();
                zip.closeEntry();
                zip.finish();
                zip.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void start() throws IOException {
            row++;
            sheet.write("<row r=\"" + row + "\">");
        }

        private void text(int column, String value, int style) throws IOException {
            sheet.write("<c r=\"" + cell(column) + "\" t=\"inlineStr\"" + style(style) + "><is><t>" + escaped(value) + "</t></is></c>");
        }

        private void number(int column, double value, int style) throws IOException {
            sheet.write("<c r=\"" + cell(column) + "\"" + style(style) + "><v>" + (value == Math.rint(value) ? String.valueOf((long) value)
                    : String.valueOf(value)) + "</v></c>");
        }

        /** An empty cell where no rate exists, as in the workbook. */
        private void rate(int column, Double rate) throws IOException {
            if (rate != null) {
                number(column, rate, PERCENT_STYLE);
            }
        }

        private String cell(int column) {
            return COLUMNS.charAt(column) + String.valueOf(row);
        }

        private static String style(int style) {
            return style == 0 ? "" : " s=\"" + style + "\"";
        }

        /** XML text: markup escaped, characters XML 1.0 cannot carry dropped. */
        private static String escaped(String text) {
            StringBuilder escaped = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                switch (c) {
                    case '&' -> escaped.append("&amp;");
                    case '<' -> escaped.append("&lt;");
                    case '>' -> escaped.append("&gt;");
                    default -> {
                        if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                            escaped.appendCodePoint(c);
                        }
                    }
                }
            });
            return escaped.toString();
        }
    }
}
