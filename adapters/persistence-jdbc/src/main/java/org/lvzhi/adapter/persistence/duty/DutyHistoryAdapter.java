package org.lvzhi.adapter.persistence.duty;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.duty.port.out.DutyHistoryPort;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.AbsenceId;
import org.lvzhi.domain.duty.DutyRecord;

/**
 * Records and absences of any number of deputies in one round trip: a record row carries its columns, an absence row fills the absence's own
 * (absent_from, reference, approved, confirmed_attendance) and leaves the record's empty. Both are read through
 * their deputy-first indexes (duty_record_deputy, absence_deputy).
 */
@Singleton
class DutyHistoryAdapter implements DutyHistoryPort {

    private static final String HISTORY = "SELECT " + DutyRecordRows.COLUMNS + ","
            + " NULL AS absent_from, NULL AS reference, NULL::boolean AS approved, NULL::boolean AS confirmed_attendance"
            + " FROM duty_record WHERE deputy_id = ANY (?) AND occurred_on BETWEEN ? AND ?"
            + " UNION ALL SELECT id, deputy_id, NULL, absent_on, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
            + " absent_from, reference, approved, confirmed_attendance"
            + " FROM absence WHERE deputy_id = ANY (?) AND absent_on BETWEEN ? AND ?"
            + " ORDER BY occurred_on, id";

    private final JdbcOperations jdbc;

    DutyHistoryAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<DeputyId, DutyHistory> of(Collection<DeputyId> deputies, LocalDate from, LocalDate to) {
        Map<DeputyId, List<DutyRecord>> records = new HashMap<>();
        Map<DeputyId, List<Absence>> absences = new HashMap<>();
        UUID[] ids = deputies.stream().map(DeputyId::value).toArray(UUID[]::new);
        jdbc.prepareStatement(HISTORY, statement -> {
            Statements.bind(statement, List.of(ids, from, to, ids, from, to));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    DeputyId deputy = new DeputyId(rows.getObject("deputy_id", UUID.class));
                    if (rows.getString("absent_from") == null) {
                        records.computeIfAbsent(deputy, key -> new ArrayList<>()).add(DutyRecordRows.read(rows));
                    } else {
                        absences.computeIfAbsent(deputy, key -> new ArrayList<>()).add(new Absence(
                                new AbsenceId(rows.getObject("id", UUID.class)), deputy, rows.getString("absent_from"),
                                rows.getDate("occurred_on").toLocalDate(), Optional.ofNullable(rows.getString("reference")),
                                rows.getBoolean("approved"), rows.getBoolean("confirmed_attendance")));
                    }
                }
            }
            return null;
        });
        Map<DeputyId, DutyHistory> histories = new HashMap<>();
        deputies.forEach(deputy -> histories.put(deputy,
                new DutyHistory(records.getOrDefault(deputy, List.of()), absences.getOrDefault(deputy, List.of()))));
        return histories;
    }
}
