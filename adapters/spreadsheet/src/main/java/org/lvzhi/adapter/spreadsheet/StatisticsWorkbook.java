package org.lvzhi.adapter.spreadsheet;

import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lvzhi.application.statistics.port.out.StatisticsWorkbookWriter;
import org.lvzhi.application.statistics.port.out.TenantStatistics;

/**
 * The statistics workbook, with POI: sheets 代表, 代表小组, 联络站 and 承办单位, each with a bold frozen header row;
 * counts as numbers, rates as fractions formatted as percentages, an empty cell where no rate exists.
 */
@Singleton
class StatisticsWorkbook implements StatisticsWorkbookWriter {

    static final List<String> LINE_HEADERS = List.of("名称", "代表人数", "履职记录", "出席", "缺席", "出席率", "履职指标", "已完成指标", "指标完成率");
    static final List<String> UNIT_HEADERS = List.of("承办单位", "到期答复", "按期答复", "按期答复率", "评价件数", "满意及基本满意", "满意率");

    @Override
    public byte[] write(TenantStatistics statistics) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            lines(workbook, percent, "代表", statistics.deputies());
            lines(workbook, percent, "代表小组", statistics.deputyGroups());
            lines(workbook, percent, "联络站", statistics.liaisonStations());
            XSSFSheet units = HeaderedSheets.create(workbook, "承办单位", UNIT_HEADERS);
            int r = 1;
            for (TenantStatistics.HandlingUnitLine line : statistics.handlingUnits()) {
                Row row = units.createRow(r++);
                row.createCell(0).setCellValue(line.name());
                row.createCell(1).setCellValue(line.repliesDue());
                row.createCell(2).setCellValue(line.repliedOnTime());
                rate(row, 3, line.onTimeRate(), percent);
                row.createCell(4).setCellValue(line.verdicts());
                row.createCell(5).setCellValue(line.satisfied());
                rate(row, 6, line.satisfactionRate(), percent);
            }
            statistics.points().ifPresent(points -> {
                XSSFSheet ranking = HeaderedSheets.create(workbook, "积分排名", List.of("名次", "代表", "积分"));
                int n = 1;
                for (var rank : points.ranks()) {
                    Row row = ranking.createRow(n++);
                    row.createCell(0).setCellValue(rank.rank());
                    row.createCell(1).setCellValue(rank.name());
                    row.createCell(2).setCellValue(rank.points().doubleValue());
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void lines(XSSFWorkbook workbook, CellStyle percent, String name, List<TenantStatistics.Line> lines) {
        XSSFSheet sheet = HeaderedSheets.create(workbook, name, LINE_HEADERS);
        int r = 1;
        for (TenantStatistics.Line line : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.name());
            List<Function<TenantStatistics.Line, Long>> counts = List.of(TenantStatistics.Line::deputies,
                    TenantStatistics.Line::records, TenantStatistics.Line::attended, TenantStatistics.Line::absences);
            for (int c = 0; c < counts.size(); c++) {
                row.createCell(c + 1).setCellValue(counts.get(c).apply(line));
            }
            rate(row, 5, line.attendanceRate(), percent);
            row.createCell(6).setCellValue(line.quotas());
            row.createCell(7).setCellValue(line.quotasMet());
            rate(row, 8, line.quotaCompletion(), percent);
        }
    }

    private static void rate(Row row, int column, Double rate, CellStyle percent) {
        var cell = row.createCell(column);
        if (rate != null) {
            cell.setCellValue(rate);
            cell.setCellStyle(percent);
        }
    }
}
