package org.lvzhi.adapter.persistence.matter;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.KeysetOrder;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.matter.port.out.MatterPort;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.matter.Matter;
import org.lvzhi.domain.matter.MatterAction;
import org.lvzhi.domain.matter.MatterId;
import org.lvzhi.domain.matter.MatterKind;
import org.lvzhi.domain.matter.MatterState;
import org.lvzhi.domain.matter.MatterStep;

/**
 * Matters in three tables: the matter as it stands, the deputies it concerns (fixed when recorded) and its steps (only
 * appended). A page is read with one query per table.
 */
@Singleton
class MatterAdapter implements MatterPort {

    private static final String COLUMNS = "m.id, m.kind, m.unit_id, m.title, m.content, m.state, m.round, m.due_on";

    /** Newest first: {@code matter_keyset} (038), with a kind {@code matter_kind_page}. */
    private static final KeysetOrder NEWEST = KeysetOrder.descending("m.recorded_at", "m.id", KeysetOrder.Type.TIMESTAMP);

    private final JdbcOperations jdbc;

    MatterAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Matter matter) {
        jdbc.prepareStatement("INSERT INTO matter (id, kind, unit_id, title, content, state, round, due_on, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setObject(1, matter.id().value());
            statement.setString(2, matter.kind().name());
            bindChangeable(statement, 3, matter);
            statement.setTimestamp(9, Timestamp.from(matter.actions().getFirst().at()));
            return statement.executeUpdate();
        });
        for (int i = 0; i < matter.deputies().size(); i++) {
            int ordinal = i;
            jdbc.prepareStatement("INSERT INTO matter_deputy (matter_id, deputy_id, ordinal) VALUES (?, ?, ?)", statement -> {
                statement.setObject(1, matter.id().value());
                statement.setObject(2, matter.deputies().get(ordinal).value());
                statement.setInt(3, ordinal);
                return statement.executeUpdate();
            });
        }
        appendActions(matter, 0);
    }

    @Override
    public void update(Matter matter) {
        jdbc.prepareStatement("UPDATE matter SET unit_id = ?, title = ?, content = ?, state = ?, round = ?, due_on = ? WHERE id = ?",
                statement -> {
                    bindChangeable(statement, 1, matter);
                    statement.setObject(7, matter.id().value());
                    return statement.executeUpdate();
                });
        int stored = jdbc.prepareStatement("SELECT count(*) FROM matter_action WHERE matter_id = ?", statement -> {
            statement.setObject(1, matter.id().value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
        appendActions(matter, stored);
    }

    @Override
    public Optional<Matter> find(MatterId id) {
        return load("SELECT " + COLUMNS + " FROM matter m WHERE m.id = ?", List.of(id.value())).stream().findFirst();
    }

    @Override
    public Optional<Matter> lock(MatterId id) {
        return load("SELECT " + COLUMNS + " FROM matter m WHERE m.id = ? FOR UPDATE", List.of(id.value())).stream().findFirst();
    }

    @Override
    public Slice<Matter> list(Optional<DeputyId> concerning, Optional<MatterKind> kind, KeysetRequest page) {
        List<String> conditions = new ArrayList<>(List.of("TRUE"));
        List<Object> parameters = new ArrayList<>();
        concerning.ifPresent(deputy -> {
            conditions.add("EXISTS (SELECT 1 FROM matter_deputy d WHERE d.matter_id = m.id AND d.deputy_id = ?)");
            parameters.add(deputy.value());
        });
        kind.ifPresent(k -> {
            conditions.add("m.kind = ?");
            parameters.add(k.name());
        });
        String where = " WHERE " + String.join(" AND ", conditions);
        return Slice.of(load("SELECT " + COLUMNS + " FROM matter m" + where + NEWEST.page(), NEWEST.parameters(parameters, page)),
                        page, m -> KeysetOrder.cursor(m.actions().getFirst().at(), m.id().value()))
                .counted(page, () -> Statements.count(jdbc, "SELECT count(*) FROM matter m" + where, parameters));
    }

    private void appendActions(Matter matter, int from) {
        for (int seq = from; seq < matter.actions().size(); seq++) {
            MatterAction action = matter.actions().get(seq);
            int number = seq;
            jdbc.prepareStatement("INSERT INTO matter_action (matter_id, seq, step, acted_on, acted_by, acted_at, text, unit_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
                statement.setObject(1, matter.id().value());
                statement.setInt(2, number);
                statement.setString(3, action.step().name());
                statement.setDate(4, Date.valueOf(action.on()));
                statement.setString(5, action.by());
                statement.setTimestamp(6, Timestamp.from(action.at()));
                statement.setString(7, action.text().orElse(null));
                statement.setObject(8, action.unit().map(UnitId::value).orElse(null));
                return statement.executeUpdate();
            });
        }
    }

    private record Head(UUID id, MatterKind kind, Optional<UnitId> unit, String title, String content, MatterState state, int round,
                        Optional<java.time.LocalDate> dueOn) {
    }

    private List<Matter> load(String sql, List<Object> parameters) {
        Map<UUID, Head> heads = jdbc.prepareStatement(sql, statement -> {
            Statements.bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                Map<UUID, Head> found = new LinkedHashMap<>();
                while (rows.next()) {
                    UUID id = rows.getObject("id", UUID.class);
                    found.put(id, new Head(id, MatterKind.valueOf(rows.getString("kind")),
                            Optional.ofNullable(rows.getObject("unit_id", UUID.class)).map(UnitId::new), rows.getString("title"),
                            rows.getString("content"), MatterState.valueOf(rows.getString("state")), rows.getInt("round"),
                            Optional.ofNullable(rows.getDate("due_on")).map(Date::toLocalDate)));
                }
                return found;
            }
        });
        if (heads.isEmpty()) {
            return List.of();
        }
        UUID[] ids = heads.keySet().toArray(UUID[]::new);
        Map<UUID, List<DeputyId>> deputies = children("SELECT matter_id, deputy_id FROM matter_deputy WHERE matter_id = ANY (?)"
                + " ORDER BY ordinal", ids, rows -> new DeputyId(rows.getObject("deputy_id", UUID.class)));
        Map<UUID, List<MatterAction>> actions = children("SELECT * FROM matter_action WHERE matter_id = ANY (?) ORDER BY seq", ids,
                rows -> new MatterAction(MatterStep.valueOf(rows.getString("step")), rows.getDate("acted_on").toLocalDate(),
                        rows.getString("acted_by"), rows.getTimestamp("acted_at").toInstant(), Optional.ofNullable(rows.getString("text")),
                        Optional.ofNullable(rows.getObject("unit_id", UUID.class)).map(UnitId::new)));
        return heads.values().stream().map(h -> new Matter(new MatterId(h.id()), h.kind(), deputies.getOrDefault(h.id(), List.of()),
                h.unit(), h.title(), h.content(), h.state(), h.round(), h.dueOn(), actions.getOrDefault(h.id(), List.of()))).toList();
    }

    private interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }

    private <T> Map<UUID, List<T>> children(String sql, UUID[] ids, RowMapper<T> mapper) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", ids));
            try (ResultSet rows = statement.executeQuery()) {
                Map<UUID, List<T>> found = new LinkedHashMap<>();
                while (rows.next()) {
                    found.computeIfAbsent(rows.getObject("matter_id", UUID.class), k -> new ArrayList<>()).add(mapper.map(rows));
                }
                return found;
            }
        });
    }

    private static void bindChangeable(PreparedStatement statement, int from, Matter matter) throws SQLException {
        statement.setObject(from, matter.unit().map(UnitId::value).orElse(null));
        statement.setString(from + 1, matter.title());
        statement.setString(from + 2, matter.content());
        statement.setString(from + 3, matter.state().name());
        statement.setInt(from + 4, matter.round());
        statement.setDate(from + 5, matter.dueOn().map(Date::valueOf).orElse(null));
    }
}
