package org.lvzhi.adapter.persistence.attendance;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.attendance.port.out.LeaveCirculationPort;
import org.lvzhi.domain.attendance.Circulation;
import org.lvzhi.domain.attendance.MeetingId;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.deputy.DeputyId;

/** The acting congress's circulations of leave and absences, a row each with its lines in order. */
@Singleton
class LeaveCirculationAdapter implements LeaveCirculationPort {

    private final JdbcOperations jdbc;

    LeaveCirculationAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Circulation circulation) {
        UUID session = circulation.session().value();
        jdbc.prepareStatement("""
                INSERT INTO leave_circulation (session_id, circulated_by, rules, circulates, circulated_at)
                VALUES (?, ?, ?, ?, ?)""", statement -> {
            Statements.bind(statement, List.of(session, circulation.circulatedBy(), circulation.rules().toArray(String[]::new),
                    circulation.circulates().stream().map(Enum::name).sorted().toArray(String[]::new),
                    Timestamp.from(circulation.circulatedAt())));
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("""
                INSERT INTO leave_circulation_line (session_id, line_no, deputy_id, kind, meeting_ids, rule)
                VALUES (?, ?, ?, ?, ?, ?)""", statement -> {
            for (int i = 0; i < circulation.lines().size(); i++) {
                Circulation.Line line = circulation.lines().get(i);
                Statements.bind(statement, Arrays.asList(session, i, line.deputy().value(), line.kind().name(),
                        line.meetings().stream().map(MeetingId::value).toArray(UUID[]::new), line.rule().orElse(null)));
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    @Override
    public Optional<Circulation> find(SessionId session) {
        List<Circulation.Line> lines = Statements.list(jdbc, """
                SELECT deputy_id, kind, meeting_ids, rule FROM leave_circulation_line WHERE session_id = ? ORDER BY line_no""",
                List.of(session.value()), row -> new Circulation.Line(new DeputyId(row.getObject(1, UUID.class)),
                        Circulation.Circulated.valueOf(row.getString(2)),
                        Arrays.stream(uuids(row.getArray(3))).map(MeetingId::new).toList(), Optional.ofNullable(row.getString(4))));
        return Statements.list(jdbc, """
                SELECT circulated_by, rules, circulates, circulated_at FROM leave_circulation WHERE session_id = ?""",
                List.of(session.value()), row -> new Circulation(session, row.getString(1), List.of((String[]) row.getArray(2).getArray()),
                        kinds(row.getArray(3)), lines, row.getTimestamp(4).toInstant()))
                .stream().findFirst();
    }

    private static UUID[] uuids(Array array) throws SQLException {
        return (UUID[]) array.getArray();
    }

    private static Set<Circulation.Circulated> kinds(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Circulation.Circulated::valueOf).collect(Collectors.toSet());
    }
}
