package org.lvzhi.adapter.persistence.duty;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.duty.port.out.DutyHistoryPort;
import org.lvzhi.application.duty.port.out.SupervisionHistoryPort;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.AbsenceId;
import org.lvzhi.domain.supervision.ConfirmedRecord;
import org.lvzhi.domain.supervision.ConfirmedRecords;
import org.lvzhi.domain.supervision.SupervisionPlan;

/**
 * Records and absences of any number of deputies in one round trip: a record row carries its columns, an absence row fills the absence's own
 * (absent_from, reference, approved, confirmed_attendance) and leaves the record's empty. Both are read through
 * their deputy-first indexes (duty_record_deputy, absence_deputy). For supervision, the records are what a
 * {@link SupervisionPlan} asks: the latest confirmed record per deputy, type and range, an aggregate the partial index
 * duty_record_counting (tenant, deputy, type, date, confirmed only) answers without the other records.
 */
@Singleton
class DutyHistoryAdapter implements DutyHistoryPort, SupervisionHistoryPort {

    private static final String ABSENCES = " absent_from, reference, approved, confirmed_attendance"
            + " FROM absence WHERE deputy_id = ANY (?) AND absent_on BETWEEN ? AND ?";
    private static final String HISTORY = "SELECT " + DutyRecordRows.COLUMNS + ","
            + " NULL AS absent_from, NULL AS reference, NULL::boolean AS approved, NULL::boolean AS confirmed_attendance"
            + " FROM duty_record WHERE deputy_id = ANY (?) AND occurred_on BETWEEN ? AND ?"
            + " UNION ALL SELECT id, deputy_id, NULL, absent_on, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL," + ABSENCES
            + " ORDER BY occurred_on, id";
    private static final String SUPERVISED = "SELECT NULL::uuid AS id, r.deputy_id, r.type, max(r.occurred_on) AS occurred_on,"
            + " NULL AS absent_from, NULL AS reference, NULL::boolean AS approved, NULL::boolean AS confirmed_attendance"
            + " FROM duty_record r JOIN unnest(?::date[], ?::date[]) AS w (starts, ends) ON r.occurred_on BETWEEN w.starts AND w.ends"
            + " WHERE r.deputy_id = ANY (?) AND r.state = 'CONFIRMED' AND r.type = ANY (?) AND r.occurred_on BETWEEN ? AND ?"
            + " GROUP BY r.deputy_id, r.type, w.starts, w.ends"
            + " UNION ALL SELECT id, deputy_id, NULL, absent_on," + ABSENCES
            + " ORDER BY occurred_on, id";

    private final JdbcOperations jdbc;

    DutyHistoryAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<DeputyId, DutyHistory> of(Collection<DeputyId> deputies, LocalDate from, LocalDate to) {
        UUID[] ids = ids(deputies);
        return read(deputies, HISTORY, List.of(ids, from, to, ids, from, to), DutyRecordRows::read, DutyHistory::new);
    }

    @Override
    public Map<DeputyId, SupervisionHistory> of(Collection<DeputyId> deputies, SupervisionPlan plan, LocalDate from, LocalDate to) {
        UUID[] ids = ids(deputies);
        LocalDate[] starts = plan.ranges().stream().map(DateRange::from).toArray(LocalDate[]::new);
        LocalDate[] ends = plan.ranges().stream().map(DateRange::to).toArray(LocalDate[]::new);
        return read(deputies, SUPERVISED, List.of(starts, ends, ids, plan.types().toArray(String[]::new), from, to, ids, from, to),
                row -> new ConfirmedRecord(row.getString("type"), row.getDate("occurred_on").toLocalDate()),
                (records, absences) -> new SupervisionHistory(new ConfirmedRecords(records), absences));
    }

    private <R, H> Map<DeputyId, H> read(Collection<DeputyId> deputies, String sql, List<Object> parameters, RecordReader<R> reader,
            BiFunction<List<R>, List<Absence>, H> history) {
        Map<DeputyId, List<R>> records = new HashMap<>();
        Map<DeputyId, List<Absence>> absences = new HashMap<>();
        jdbc.prepareStatement(sql, statement -> {
            Statements.bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    DeputyId deputy = new DeputyId(rows.getObject("deputy_id", UUID.class));
                    if (rows.getString("absent_from") == null) {
                        records.computeIfAbsent(deputy, key -> new ArrayList<>()).add(reader.read(rows));
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
        Map<DeputyId, H> histories = new HashMap<>();
        deputies.forEach(deputy -> histories.put(deputy,
                history.apply(records.getOrDefault(deputy, List.of()), absences.getOrDefault(deputy, List.of()))));
        return histories;
    }

    private static UUID[] ids(Collection<DeputyId> deputies) {
        return deputies.stream().map(DeputyId::value).toArray(UUID[]::new);
    }

    /** One record row as the read wants it. */
    @FunctionalInterface
    private interface RecordReader<R> {
        R read(ResultSet row) throws SQLException;
    }
}
