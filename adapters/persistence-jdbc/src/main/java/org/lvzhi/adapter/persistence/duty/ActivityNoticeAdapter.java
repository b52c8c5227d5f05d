package org.lvzhi.adapter.persistence.duty;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lvzhi.application.duty.port.out.ActivityNoticePort;
import org.lvzhi.domain.duty.DutyActivityId;

/** Notices recorded as sent, in {@code activity_notice}: one per activity and rule, the key refusing a second. */
@Singleton
class ActivityNoticeAdapter implements ActivityNoticePort {

    private final JdbcOperations jdbc;

    ActivityNoticeAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(DutyActivityId activity, String rule, LocalDate sentOn, String recordedBy) {
        return jdbc.prepareStatement("INSERT INTO activity_notice (activity_id, rule, sent_on, recorded_by) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (tenant_id, activity_id, rule) DO NOTHING", statement -> {
            statement.setObject(1, activity.value());
            statement.setString(2, rule);
            statement.setDate(3, Date.valueOf(sentOn));
            statement.setString(4, recordedBy);
            return statement.executeUpdate() == 1;
        });
    }

    @Override
    public List<String> recorded(DutyActivityId activity) {
        return jdbc.prepareStatement("SELECT rule FROM activity_notice WHERE activity_id = ? ORDER BY recorded_at, rule", statement -> {
            statement.setObject(1, activity.value());
            try (ResultSet rows = statement.executeQuery()) {
                List<String> rules = new ArrayList<>();
                while (rows.next()) {
                    rules.add(rows.getString(1));
                }
                return rules;
            }
        });
    }
}
