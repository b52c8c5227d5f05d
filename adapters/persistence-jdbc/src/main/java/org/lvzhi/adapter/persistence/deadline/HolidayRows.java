package org.lvzhi.adapter.persistence.deadline;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.domain.deadline.CalendarDay;
import org.lvzhi.domain.deadline.HolidayYear;

/** Reads holiday years (a year and its days) on whichever connection it is given. */
final class HolidayRows {

    static final String SELECT = "SELECT y.year, d.day, d.kind, d.name FROM holiday_year y"
            + " LEFT JOIN holiday_day d ON d.year = y.year";

    private HolidayRows() {
    }

    static List<HolidayYear> select(JdbcOperations jdbc, String sql, Integer year) {
        return jdbc.prepareStatement(sql, statement -> {
            if (year != null) {
                statement.setInt(1, year);
            }
            Map<Integer, List<List<CalendarDay>>> years = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    var days = years.computeIfAbsent(rows.getInt(1), y -> List.of(new ArrayList<>(), new ArrayList<>()));
                    if (rows.getDate(2) != null) {
                        days.get(rows.getString(3).equals("HOLIDAY") ? 0 : 1)
                                .add(new CalendarDay(rows.getDate(2).toLocalDate(), rows.getString(4)));
                    }
                }
            }
            return years.entrySet().stream()
                    .map(e -> new HolidayYear(e.getKey(), e.getValue().get(0), e.getValue().get(1))).toList();
        });
    }
}
