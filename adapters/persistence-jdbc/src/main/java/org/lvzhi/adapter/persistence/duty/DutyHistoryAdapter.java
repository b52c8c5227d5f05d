package org.lvzhi.adapter.persistence.duty;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.duty.port.out.DutyHistoryPort;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.AbsenceId;
import org.lvzhi.domain.duty.DutyRecord;

/**
 * Records and absences in one round trip: a record row carries its columns, an absence row fills the absence's own
 * (absent_from, reference, approved, confirmed_attendance) and leaves the record's empty. Both are read through
 * their deputy-first indexes (duty_record_deputy, absence_deputy).
 */
@Singleton
class DutyHistoryAdapter implements DutyHistoryPort {

    private static final String HISTORY = "SELECT " + DutyRecordRows.COLUMNS + ","
            + " NULL AS absent_from, NULL AS reference, NULL::boolean AS approved, NULL::boolean AS confirmed_attendance"
            + " FROM duty_record WHERE deputy_id = ? AND occurred_on BETWEEN ? AND ?"
            + " UNION ALL SELECT id, deputy_id, NULL, absent_on, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
            + " absent_from, reference, approved, confirmed_attendance"
            + " FROM absence WHERE deputy_id = ? AND absent_on BETWEEN ? AND ?"
            + " ORDER BY occurred_on, id";

    private final JdbcOperations jdbc;

    DutyHistoryAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DutyHistory of(DeputyId deputy, LocalDate from, LocalDate to) {
        List<DutyRecord> records = new ArrayList<>();
        List<Absence> absences = new ArrayList<>();
        jdbc.prepareStatement(HISTORY, statement -> {
            for (int offset : new int[] {0, 3}) {
                statement.setObject(offset + 1, deputy.value());
                statement.setObject(offset + 2, from);
                statement.setObject(offset + 3, to);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString("absent_from") == null) {
                        records.add(DutyRecordRows.read(rows));
                    } else {
                        absences.add(new Absence(new AbsenceId(rows.getObject("id", UUID.class)), deputy, rows.getString("absent_from"),
                                rows.getDate("occurred_on").toLocalDate(), Optional.ofNullable(rows.getString("reference")),
                                rows.getBoolean("approved"), rows.getBoolean("confirmed_attendance")));
                    }
                }
            }
            return null;
        });
        return new DutyHistory(records, absences);
    }
}
