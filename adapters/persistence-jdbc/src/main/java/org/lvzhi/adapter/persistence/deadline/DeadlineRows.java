package org.lvzhi.adapter.persistence.deadline;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.deadline.DeadlineId;
import org.lvzhi.domain.deadline.DeadlineState;
import org.lvzhi.domain.deadline.DeadlineSubject;

/** Maps deadline rows to clocks and back; the domain never sees a row. */
final class DeadlineRows {

    static final String COLUMNS = "id, rule, article, event, subject_kind, subject_id, subject_title, unit_id, what, responsible,"
            + " escalate_to, event_on, started_on, due_on, reminders, next_reminder_on, progress_report_on, progress_reminded_on,"
            + " escalated_on, state, met_on, next_action_on";

    private DeadlineRows() {
    }

    static void bind(PreparedStatement statement, DeadlineClock clock) throws SQLException {
        Connection connection = statement.getConnection();
        statement.setObject(1, clock.id().value());
        statement.setString(2, clock.rule());
        statement.setString(3, clock.article());
        statement.setString(4, clock.event());
        statement.setString(5, clock.subject().kind());
        statement.setString(6, clock.subject().id());
        statement.setString(7, clock.subject().title());
        statement.setObject(8, clock.subject().unit().map(UnitId::value).orElse(null));
        statement.setString(9, clock.what());
        statement.setString(10, clock.responsible().orElse(null));
        statement.setString(11, clock.escalateTo().orElse(null));
        statement.setDate(12, Date.valueOf(clock.eventOn()));
        statement.setDate(13, Date.valueOf(clock.startedOn()));
        statement.setDate(14, Date.valueOf(clock.dueOn()));
        statement.setArray(15, connection.createArrayOf("date", clock.reminders().stream().map(Date::valueOf).toArray()));
        statement.setDate(16, date(clock.nextReminderOn()));
        statement.setDate(17, date(clock.progressReportOn()));
        statement.setDate(18, date(clock.progressRemindedOn()));
        statement.setDate(19, date(clock.escalatedOn()));
        statement.setString(20, clock.state().name());
        statement.setDate(21, date(clock.metOn()));
        statement.setDate(22, date(clock.nextActionOn()));
    }

    static DeadlineClock toClock(ResultSet row) throws SQLException {
        DeadlineSubject subject = new DeadlineSubject(row.getString("subject_kind"), row.getString("subject_id"),
                row.getString("subject_title"), Optional.ofNullable(row.getObject("unit_id", UUID.class)).map(UnitId::new));
        return new DeadlineClock(new DeadlineId(row.getObject("id", UUID.class)), row.getString("rule"), row.getString("article"),
                row.getString("event"), subject, row.getString("what"), Optional.ofNullable(row.getString("responsible")),
                Optional.ofNullable(row.getString("escalate_to")), row.getDate("event_on").toLocalDate(),
                row.getDate("started_on").toLocalDate(), row.getDate("due_on").toLocalDate(), dates(row.getArray("reminders")),
                optional(row, "next_reminder_on"), optional(row, "progress_report_on"), optional(row, "progress_reminded_on"),
                optional(row, "escalated_on"), DeadlineState.valueOf(row.getString("state")), optional(row, "met_on"));
    }

    static Date date(Optional<java.time.LocalDate> day) {
        return day.map(Date::valueOf).orElse(null);
    }

    private static Optional<java.time.LocalDate> optional(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getDate(column)).map(Date::toLocalDate);
    }

    private static List<java.time.LocalDate> dates(Array array) throws SQLException {
        return Arrays.stream((Date[]) array.getArray()).map(Date::toLocalDate).toList();
    }
}
