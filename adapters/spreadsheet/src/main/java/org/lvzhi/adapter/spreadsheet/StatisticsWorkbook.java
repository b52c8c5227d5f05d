package org.lvzhi.adapter.spreadsheet;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.lvzhi.application.statistics.port.out.StatisticsWorkbookWriter;
import org.lvzhi.application.statistics.port.out.TenantStatistics;

/**
 * The statistics workbook, with POI's streamed workbook (SXSSF): sheets 代表, 代表小组, 联络站 and 承办单位 (and 积分排名
 * with a points scheme), each with a bold frozen header row; counts as numbers, rates as fractions formatted as
 * percentages, an empty cell where no rate exists. Only {@value #WINDOW} rows of a sheet stay in memory: older ones go to
 * a compressed temporary file, and the package is written from those files at the end.
 */
@Singleton
class StatisticsWorkbook implements StatisticsWorkbookWriter {

    static final List<String> LINE_HEADERS = List.of("名称", "代表人数", "履职记录", "出席", "缺席", "出席率", "履职指标", "已完成指标", "指标完成率");
    static final List<String> UNIT_HEADERS = List.of("承办单位", "到期答复", "按期答复", "按期答复率", "评价件数", "满意及基本满意", "满意率");
    static final int WINDOW = 100;

    private static final List<Function<TenantStatistics.Line, Long>> COUNTS = List.of(TenantStatistics.Line::deputies,
            TenantStatistics.Line::records, TenantStatistics.Line::attended, TenantStatistics.Line::absences);

    @Override
    public Sheets open(OutputStream out) {
        return new Sheets(out);
    }

    /** The workbook being written: sheet 代表 row by row, the others at the end. */
    static final class Sheets implements Workbook {

        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        private final CellStyle percent;
        private final Sheet deputies;

        Sheets(OutputStream out) {
            this.out = out;
            workbook.setCompressTempFiles(true);
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            deputies = HeaderedSheets.create(workbook, "代表", LINE_HEADERS);
        }

        /** The sheet 代表 as written so far (for tests: its rows beyond the window are no longer in memory). */
        Sheet deputies() {
            return deputies;
        }

        @Override
        public void deputy(TenantStatistics.Line line) {
            line(deputies, line);
        }

        @Override
        public void finish(TenantStatistics totals) {
            lines(HeaderedSheets.create(workbook, "代表小组", LINE_HEADERS), totals.deputyGroups());
            lines(HeaderedSheets.create(workbook, "联络站", LINE_HEADERS), totals.liaisonStations());
            Sheet units = HeaderedSheets.create(workbook, "承办单位", UNIT_HEADERS);
            for (TenantStatistics.HandlingUnitLine line : totals.handlingUnits()) {
                Row row = units.createRow(units.getLastRowNum() + 1);
                row.createCell(0).setCellValue(line.name());
                row.createCell(1).setCellValue(line.repliesDue());
                row.createCell(2).setCellValue(line.repliedOnTime());
                rate(row, 3, line.onTimeRate());
                row.createCell(4).setCellValue(line.verdicts());
                row.createCell(5).setCellValue(line.satisfied());
                rate(row, 6, line.satisfactionRate());
            }
            totals.points().ifPresent(points -> {
                Sheet ranking = HeaderedSheets.create(workbook, "积分排名", List.of("名次", "代表", "积分"));
                for (var rank : points.ranks()) {
                    Row row = ranking.createRow(ranking.getLastRowNum() + 1);
                    row.createCell(0).setCellValue(rank.rank());
                    row.createCell(1).setCellValue(rank.name());
                    row.createCell(2).setCellValue(rank.points().doubleValue());
                }
            });
            try {
                workbook.write(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Frees the temporary files. */
        @Override
        public void close() {
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void lines(Sheet sheet, List<TenantStatistics.Line> lines) {
            lines.forEach(line -> line(sheet, line));
        }

        private void line(Sheet sheet, TenantStatistics.Line line) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(0).setCellValue(line.name());
            for (int c = 0; c < COUNTS.size(); c++) {
                row.createCell(c + 1).setCellValue(COUNTS.get(c).apply(line));
            }
            rate(row, 5, line.attendanceRate());
            row.createCell(6).setCellValue(line.quotas());
            row.createCell(7).setCellValue(line.quotasMet());
            rate(row, 8, line.quotaCompletion());
        }

        private void rate(Row row, int column, Double rate) {
            var cell = row.createCell(column);
            if (rate != null) {
                cell.setCellValue(rate);
                cell.setCellStyle(percent);
            }
        }
    }
}
