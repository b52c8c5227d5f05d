package org.lvzhi.domain.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lvzhi.domain.duty.DutyRecord;

/**
 * How many counting records of one type a deputy has in each column of a report: each month of a year (index 0 is
 * January), or each year of a term ({@link ReportPeriod#lines}).
 */
public record RecordsByMonth(String type, String name, List<Integer> months) {

    public RecordsByMonth {
        months = List.copyOf(months);
    }

    public int total() {
        return months.stream().mapToInt(Integer::intValue).sum();
    }

    /** The counting records of the year by type (in the order first met) and month; types without any are left out. */
    public static List<RecordsByMonth> of(List<DutyRecord> records, int year, Function<String, String> nameOfType) {
        Map<String, int[]> byType = new LinkedHashMap<>();
        for (DutyRecord record : records) {
            if (record.counts() && record.date().getYear() == year) {
                byType.computeIfAbsent(record.type(), type -> new int[12])[record.date().getMonthValue() - 1]++;
            }
        }
        List<RecordsByMonth> lines = new ArrayList<>();
        byType.forEach((type, counts) -> {
            List<Integer> months = new ArrayList<>();
            for (int count : counts) {
                months.add(count);
            }
            lines.add(new RecordsByMonth(type, nameOfType.apply(type), months));
        });
        return lines;
    }

    /** All types together, month by month. */
    public static List<Integer> totals(List<RecordsByMonth> lines) {
        return totals(lines, 12);
    }

    /** All types together, column by column. */
    public static List<Integer> totals(List<RecordsByMonth> lines, int columns) {
        List<Integer> totals = new ArrayList<>();
        for (int month = 0; month < columns; month++) {
            int m = month;
            totals.add(lines.stream().mapToInt(line -> line.months().get(m)).sum());
        }
        return totals;
    }
}
