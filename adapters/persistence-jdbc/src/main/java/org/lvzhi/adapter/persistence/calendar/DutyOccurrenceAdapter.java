package org.lvzhi.adapter.persistence.calendar;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import org.lvzhi.application.calendar.port.out.DutyOccurrencePort;
import org.lvzhi.domain.calendar.DutyDate;
import org.lvzhi.domain.calendar.DutyKey;

/** The acting congress's calendar duty occurrences; the primary key makes a second recording a no-op. */
@Singleton
class DutyOccurrenceAdapter implements DutyOccurrencePort {

    private final JdbcOperations jdbc;

    DutyOccurrenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean record(DutyKey key, String article, DutyDate date, int recipients) {
        return jdbc.prepareStatement("INSERT INTO calendar_duty_occurrence (rule, duty, due_on, kind, fire_on, article, recipients)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", statement -> {
            statement.setString(1, key.rule());
            statement.setString(2, key.duty());
            statement.setDate(3, Date.valueOf(date.dueOn()));
            statement.setString(4, date.kind().name());
            statement.setDate(5, Date.valueOf(date.fireOn()));
            statement.setString(6, article);
            statement.setInt(7, recipients);
            return statement.executeUpdate() == 1;
        });
    }
}
