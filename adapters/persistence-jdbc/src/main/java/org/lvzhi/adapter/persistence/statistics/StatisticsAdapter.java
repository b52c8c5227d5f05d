package org.lvzhi.adapter.persistence.statistics;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.statistics.DeputyFigures;
import org.lvzhi.application.statistics.DeputyRecords;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.DutyRecordId;
import org.lvzhi.domain.duty.RecordSource;
import org.lvzhi.domain.duty.ReviewState;
import org.lvzhi.application.statistics.TenantStatistics;
import org.lvzhi.application.statistics.port.out.StatisticsPort;

/** The acting congress's yearly figures, on the business transaction's connection (row-level security applies). */
@Singleton
class StatisticsAdapter implements StatisticsPort {

    /** Parameters: the year's first day and the next year's first day, four times, then the same for the term. */
    static final String DEPUTIES = """
            SELECT d.id, p.name, g.id AS group_id, g.name AS group_name, st.id AS station_id, st.name AS station_name,
                   (SELECT count(*) FROM duty_record r
                     WHERE r.tenant_id = d.tenant_id AND r.deputy_id = d.id AND r.state = 'CONFIRMED'
                       AND r.occurred_on >= ? AND r.occurred_on < ?) AS records,
                   (SELECT count(*) FROM meeting_attendance a
                      JOIN session_meeting m ON m.tenant_id = a.tenant_id AND m.id = a.meeting_id
                     WHERE a.tenant_id = d.tenant_id AND a.deputy_id = d.id AND m.held_on >= ? AND m.held_on < ?)
                 + (SELECT count(*) FROM duty_record r
                     WHERE r.tenant_id = d.tenant_id AND r.deputy_id = d.id AND r.state = 'CONFIRMED' AND r.activity_id IS NOT NULL
                       AND r.occurred_on >= ? AND r.occurred_on < ?) AS attended,
                   (SELECT count(*) FROM absence b
                     WHERE b.tenant_id = d.tenant_id AND b.deputy_id = d.id AND b.absent_on >= ? AND b.absent_on < ?) AS absences,
                   COALESCE(jsonb_array_length(s.verdicts), 0) AS quotas,
                   (SELECT count(*) FROM jsonb_array_elements(COALESCE(s.verdicts, '[]'::jsonb)) v
                     WHERE v ->> 'status' = 'MET') AS quotas_met
              FROM deputy d
              JOIN person p ON p.id = d.person_id
              JOIN term t ON t.tenant_id = d.tenant_id AND t.id = d.term_id
              LEFT JOIN organisation_unit g ON g.tenant_id = d.tenant_id AND g.id = d.deputy_group_id
              LEFT JOIN organisation_unit st ON st.tenant_id = d.tenant_id AND st.id = d.liaison_station_id
              LEFT JOIN compliance_standing s ON s.tenant_id = d.tenant_id AND s.deputy_id = d.id
             WHERE t.starts_on < ? AND t.ends_on >= ?
             ORDER BY p.name, d.id""";

    /** Reply clocks (first answer and answer after re-assignment) due in the year; verdicts given in it, by lead unit. */
    static final String HANDLING_UNITS = """
            SELECT u.id, u.name,
                   count(k.id) AS replies_due,
                   count(k.id) FILTER (WHERE k.state = 'MET' AND k.met_on <= k.due_on) AS replied_on_time,
                   (SELECT count(*) FROM suggestion_action a
                      JOIN suggestion_unit su ON su.tenant_id = a.tenant_id AND su.suggestion_id = a.suggestion_id AND su.role = 'LEAD'
                     WHERE su.tenant_id = u.tenant_id AND su.unit_id = u.id AND a.verdict IS NOT NULL
                       AND a.acted_on >= ? AND a.acted_on < ?) AS verdicts,
                   (SELECT count(*) FROM suggestion_action a
                      JOIN suggestion_unit su ON su.tenant_id = a.tenant_id AND su.suggestion_id = a.suggestion_id AND su.role = 'LEAD'
                     WHERE su.tenant_id = u.tenant_id AND su.unit_id = u.id AND a.verdict IN ('SATISFIED', 'BASICALLY_SATISFIED')
                       AND a.acted_on >= ? AND a.acted_on < ?) AS satisfied
              FROM organisation_unit u
              LEFT JOIN deadline k ON k.tenant_id = u.tenant_id AND k.unit_id = u.id AND k.subject_kind = 'SUGGESTION'
                   AND k.event IN ('SUGGESTION_ASSIGNED', 'SUGGESTION_REASSIGNED') AND k.due_on >= ? AND k.due_on < ?
             WHERE u.kind = 'HANDLING_UNIT'
             GROUP BY u.tenant_id, u.id, u.name
             ORDER BY u.name, u.id""";

    /** Deputies whose term overlaps the year (?1 the next year's first day, ?2 the year's first day), with their term. */
    static final String SERVING = """
            SELECT d.id, p.name, t.id AS term_id, t.number, t.starts_on, t.ends_on
              FROM deputy d
              JOIN person p ON p.id = d.person_id
              JOIN term t ON t.tenant_id = d.tenant_id AND t.id = d.term_id
             WHERE t.starts_on < ? AND t.ends_on >= ?
             ORDER BY p.name, d.id""";

    /** Every record dated in the year (?1 its first day, ?2 the next year's). */
    static final String RECORDS = """
            SELECT id, deputy_id, type, occurred_on, activity_id, counterpart, note, source, state, rejection_reason, registered_by
              FROM duty_record WHERE occurred_on >= ? AND occurred_on < ?""";

    private final JdbcOperations jdbc;

    StatisticsAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DeputyFigures> deputies(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate until = from.plusYears(1);
        return Statements.list(jdbc, DEPUTIES, List.of(from, until, from, until, from, until, from, until, until, from),
                row -> new DeputyFigures(row.getObject("id", UUID.class), row.getString("name"),
                        unit(row, "group_id", "group_name"), unit(row, "station_id", "station_name"),
                        row.getLong("records"), row.getLong("attended"), row.getLong("absences"), row.getLong("quotas"),
                        row.getLong("quotas_met")));
    }

    @Override
    public List<DeputyRecords> records(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate until = from.plusYears(1);
        Map<UUID, List<DutyRecord>> byDeputy = new HashMap<>();
        Statements.list(jdbc, RECORDS, List.of(from, until), row -> new DutyRecord(
                new DutyRecordId(row.getObject("id", UUID.class)), new DeputyId(row.getObject("deputy_id", UUID.class)),
                row.getString("type"), row.getDate("occurred_on").toLocalDate(),
                Optional.ofNullable(row.getObject("activity_id", UUID.class)).map(DutyActivityId::new),
                Optional.ofNullable(row.getString("counterpart")), Optional.ofNullable(row.getString("note")),
                RecordSource.valueOf(row.getString("source")), ReviewState.valueOf(row.getString("state")),
                Optional.ofNullable(row.getString("rejection_reason")), row.getString("registered_by")))
                .forEach(record -> byDeputy.computeIfAbsent(record.deputy().value(), id -> new ArrayList<>()).add(record));
        return Statements.list(jdbc, SERVING, List.of(until, from), row -> {
            UUID id = row.getObject("id", UUID.class);
            Term term = new Term(new TermId(row.getObject("term_id", UUID.class)), row.getInt("number"),
                    row.getDate("starts_on").toLocalDate(), row.getDate("ends_on").toLocalDate());
            return new DeputyRecords(id, row.getString("name"), term, byDeputy.getOrDefault(id, List.of()));
        });
    }

    @Override
    public List<TenantStatistics.HandlingUnitLine> handlingUnits(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate until = from.plusYears(1);
        return Statements.list(jdbc, HANDLING_UNITS, List.of(from, until, from, until, from, until),
                row -> new TenantStatistics.HandlingUnitLine(row.getObject("id", UUID.class), row.getString("name"),
                        row.getLong("replies_due"), row.getLong("replied_on_time"), row.getLong("verdicts"),
                        row.getLong("satisfied")));
    }

    private static Optional<DeputyFigures.Unit> unit(ResultSet row, String id, String name) throws SQLException {
        UUID unit = row.getObject(id, UUID.class);
        return unit == null ? Optional.empty() : Optional.of(new DeputyFigures.Unit(unit, row.getString(name)));
    }
}
