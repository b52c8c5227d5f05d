package org.lvzhi.domain.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.lvzhi.domain.duty.DutyRecord;

/**
 * What a duty report covers: one calendar year (the annual duty report, QH-11.6) or a whole term (the term-end summary
 * for re-nomination, QH-11.2, JD-27), from {@code from} up to {@code to}, both inclusive. A year's records are counted
 * per month, a term's per year.
 */
public record ReportPeriod(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        YEAR,
        TERM
    }

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            to = from;
        }
    }

    /** The calendar year, up to {@code on} while it runs. */
    public static ReportPeriod year(int year, LocalDate on) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return new ReportPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), on.isBefore(end) ? on : end);
    }

    /** The term from its first day, up to {@code on} while it runs. */
    public static ReportPeriod term(LocalDate startsOn, LocalDate endsOn, LocalDate on) {
        return new ReportPeriod(Kind.TERM, startsOn, on.isBefore(endsOn) ? on : endsOn);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The chart's columns: the twelve months of a year, or the calendar years a term touches. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>();
        if (kind == Kind.YEAR) {
            for (int m = 1; m <= 12; m++) {
                columns.add(m + "月");
            }
        } else {
            for (int y = from.getYear(); y <= to.getYear(); y++) {
                columns.add(y + "年");
            }
        }
        return columns;
    }

    /** The counting records within the period by type (in the order first met) and column; types without any are left out. */
    public List<RecordsByMonth> lines(List<DutyRecord> records, Function<String, String> nameOfType) {
        if (kind == Kind.YEAR) {
            return RecordsByMonth.of(records.stream().filter(r -> covers(r.date())).toList(), from.getYear(), nameOfType);
        }
        int width = columns().size();
        Map<String, int[]> byType = new LinkedHashMap<>();
        for (DutyRecord record : records) {
            if (record.counts() && covers(record.date())) {
                byType.computeIfAbsent(record.type(), type -> new int[width])[record.date().getYear() - from.getYear()]++;
            }
        }
        List<RecordsByMonth> lines = new ArrayList<>();
        byType.forEach((type, counts) -> lines.add(new RecordsByMonth(type, nameOfType.apply(type),
                java.util.Arrays.stream(counts).boxed().toList())));
        return lines;
    }
}
