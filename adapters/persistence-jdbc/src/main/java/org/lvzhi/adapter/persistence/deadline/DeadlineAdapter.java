package org.lvzhi.adapter.persistence.deadline;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.KeysetOrder;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.deadline.port.out.DeadlinePort;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.deadline.DeadlineId;

/** The acting congress's clocks, on the business transaction's connection (row-level security keeps them its own). */
@Singleton
class DeadlineAdapter implements DeadlinePort {

    /** Earliest due first: {@code deadline_open_due} (031), of one unit {@code deadline_open_unit_due} (035). */
    private static final KeysetOrder DUE_FIRST = KeysetOrder.ascending("due_on", "id", KeysetOrder.Type.DATE);

    private final JdbcOperations jdbc;

    DeadlineAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(DeadlineClock clock) {
        jdbc.prepareStatement("INSERT INTO deadline (" + DeadlineRows.COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            DeadlineRows.bind(statement, clock);
            return statement.executeUpdate();
        });
    }

    @Override
    public int stop(String event, Optional<String> rule, String subjectKind, String subjectId, LocalDate on) {
        return jdbc.prepareStatement("""
                UPDATE deadline SET state = 'MET', met_on = ?, next_reminder_on = NULL, next_action_on = NULL
                 WHERE subject_kind = ? AND subject_id = ? AND event = ? AND state = 'OPEN'
                   AND (CAST(? AS text) IS NULL OR rule = ?)""", statement -> {
            statement.setDate(1, Date.valueOf(on));
            statement.setString(2, subjectKind);
            statement.setString(3, subjectId);
            statement.setString(4, event);
            statement.setString(5, rule.orElse(null));
            statement.setString(6, rule.orElse(null));
            return statement.executeUpdate();
        });
    }

    @Override
    public int stop(DeadlineId id, LocalDate on) {
        return jdbc.prepareStatement("""
                UPDATE deadline SET state = 'MET', met_on = ?, next_reminder_on = NULL, next_action_on = NULL
                 WHERE id = ? AND state = 'OPEN'""", statement -> {
            statement.setDate(1, Date.valueOf(on));
            statement.setObject(2, id.value());
            return statement.executeUpdate();
        });
    }

    @Override
    public List<DeadlineClock> lockOpen(Collection<DeadlineId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return query("SELECT " + DeadlineRows.COLUMNS + " FROM deadline"
                + " WHERE id = ANY (?) AND state = 'OPEN' ORDER BY next_action_on, id FOR UPDATE",
                List.of((Object) ids.stream().map(DeadlineId::value).toArray(UUID[]::new)));
    }

    @Override
    public void polled(Collection<DeadlineClock> clocks) {
        if (clocks.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                UPDATE deadline d
                   SET next_reminder_on = u.next_reminder_on, progress_reminded_on = u.progress_reminded_on,
                       escalated_on = u.escalated_on, next_action_on = u.next_action_on, claimed_until = NULL, claimed_by = NULL
                  FROM unnest(?::uuid[], ?::date[], ?::date[], ?::date[], ?::date[])
                       AS u (id, next_reminder_on, progress_reminded_on, escalated_on, next_action_on)
                 WHERE d.id = u.id AND d.tenant_id = current_tenant()""", statement -> {
            Connection connection = statement.getConnection();
            statement.setArray(1, connection.createArrayOf("uuid", clocks.stream().map(c -> c.id().value()).toArray()));
            statement.setArray(2, connection.createArrayOf("date", clocks.stream().map(c -> DeadlineRows.date(c.nextReminderOn())).toArray()));
            statement.setArray(3, connection.createArrayOf("date", clocks.stream().map(c -> DeadlineRows.date(c.progressRemindedOn())).toArray()));
            statement.setArray(4, connection.createArrayOf("date", clocks.stream().map(c -> DeadlineRows.date(c.escalatedOn())).toArray()));
            statement.setArray(5, connection.createArrayOf("date", clocks.stream().map(c -> DeadlineRows.date(c.nextActionOn())).toArray()));
            return statement.executeUpdate();
        });
    }

    @Override
    public List<DeadlineClock> ofSubject(String subjectKind, String subjectId) {
        return query("SELECT " + DeadlineRows.COLUMNS + " FROM deadline WHERE subject_kind = ? AND subject_id = ?"
                + " ORDER BY started_on, due_on, rule, id", List.of(subjectKind, subjectId));
    }

    @Override
    public Slice<DeadlineClock> overdue(Optional<UnitId> unit, LocalDate today, KeysetRequest page) {
        String where = " WHERE state = 'OPEN' AND due_on < ?" + unit.map(u -> " AND unit_id = ?").orElse("");
        List<Object> parameters = new ArrayList<>();
        parameters.add(Date.valueOf(today));
        unit.ifPresent(u -> parameters.add(u.value()));
        return Slice.of(query("SELECT " + DeadlineRows.COLUMNS + " FROM deadline" + where + DUE_FIRST.page(),
                        DUE_FIRST.parameters(parameters, page)), page, clock -> KeysetOrder.cursor(clock.dueOn(), clock.id().value()))
                .counted(page, () -> Statements.count(jdbc, "SELECT count(*) FROM deadline" + where, parameters));
    }

    private List<DeadlineClock> query(String sql, List<Object> parameters) {
        return Statements.list(jdbc, sql, parameters, DeadlineRows::toClock);
    }

    @Override
    public Optional<DeadlineClock> find(DeadlineId id) {
        return query("SELECT " + DeadlineRows.COLUMNS + " FROM deadline WHERE id = ?", List.of(id.value())).stream().findFirst();
    }

    @Override
    public boolean meet(DeadlineId id, LocalDate on) {
        return jdbc.prepareStatement("""
                UPDATE deadline SET state = 'MET', met_on = ?, next_reminder_on = NULL, next_action_on = NULL
                 WHERE id = ? AND state = 'OPEN'""", statement -> {
            statement.setDate(1, Date.valueOf(on));
            statement.setObject(2, id.value());
            return statement.executeUpdate() == 1;
        });
    }
}
