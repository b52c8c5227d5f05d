package org.lvzhi.adapter.persistence.deadline;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.List;
import org.lvzhi.application.deadline.port.out.HolidayCalendarPort;
import org.lvzhi.domain.deadline.HolidayYear;

/** Reads the platform's holiday arrangements on the business transaction's connection (readable by every congress). */
@Singleton
class HolidayCalendarAdapter implements HolidayCalendarPort {

    private final JdbcOperations jdbc;

    HolidayCalendarAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<HolidayYear> all() {
        return HolidayRows.select(jdbc, HolidayRows.SELECT + " ORDER BY y.year, d.day", null);
    }
}
