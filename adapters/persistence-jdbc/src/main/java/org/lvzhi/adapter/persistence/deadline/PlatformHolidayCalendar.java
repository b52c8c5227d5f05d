package org.lvzhi.adapter.persistence.deadline;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.deadline.port.out.PlatformHolidayCalendarPort;
import org.lvzhi.domain.deadline.CalendarDay;
import org.lvzhi.domain.deadline.HolidayYear;

/** Reads and replaces one year of the platform-wide holiday calendar, on the platform role, in one transaction. */
@Singleton
@Transactional("platform")
class PlatformHolidayCalendar implements PlatformHolidayCalendarPort {

    private final JdbcOperations jdbc;

    PlatformHolidayCalendar(@Named("platform") JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<HolidayYear> year(int year) {
        return HolidayRows.select(jdbc, HolidayRows.SELECT + " WHERE y.year = ? ORDER BY d.day", year).stream().findFirst();
    }

    @Override
    public void replace(HolidayYear year, String savedBy) {
        jdbc.prepareStatement("""
                INSERT INTO holiday_year (year, source, saved_by, saved_at) VALUES (?, '平台管理员维护', ?, now())
                ON CONFLICT (year) DO UPDATE SET source = excluded.source, saved_by = excluded.saved_by, saved_at = now()""",
                statement -> {
                    statement.setInt(1, year.year());
                    statement.setString(2, savedBy);
                    return statement.executeUpdate();
                });
        jdbc.prepareStatement("DELETE FROM holiday_day WHERE year = ?", statement -> {
            statement.setInt(1, year.year());
            return statement.executeUpdate();
        });
        insert(year.year(), "HOLIDAY", year.holidays());
        insert(year.year(), "WORKING_DAY", year.workingDays());
    }

    private void insert(int year, String kind, List<CalendarDay> days) {
        if (days.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO holiday_day (day, year, kind, name) VALUES (?, ?, ?, ?)", statement -> {
            for (CalendarDay day : days) {
                statement.setDate(1, Date.valueOf(day.date()));
                statement.setInt(2, year);
                statement.setString(3, kind);
                statement.setString(4, day.name());
                statement.addBatch();
            }
            return statement.executeBatch().length;
        });
    }
}
