package org.lvzhi.adapter.persistence.suggestion;

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
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.suggestion.port.out.AwaitingReply;
import org.lvzhi.application.suggestion.port.out.SuggestionPort;
import org.lvzhi.application.suggestion.port.out.SuggestionScope;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.suggestion.HandlingUnit;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionAction;
import org.lvzhi.domain.suggestion.SuggestionFilter;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

/**
 * Suggestions in four tables: the suggestion as it stands, its co-sponsors and current handling units (replaced on
 * each update), and its actions (only appended). A page of suggestions is read with one query per table.
 */
@Singleton
class SuggestionAdapter implements SuggestionPort {

    private static final String COLUMNS = "s.id, s.term_id, s.sponsor_id, s.title, s.content, s.state, s.round, s.complex,"
            + " s.assigned_on, s.reply_due_on, s.feedback_due_on, s.merged_into";

    /** Newest first: {@code suggestion_page} (035), with a state {@code suggestion_state_page}. */
    private static final KeysetOrder NEWEST = KeysetOrder.descending("s.drafted_at", "s.id", KeysetOrder.Type.TIMESTAMP);
    /** Earliest reply due first: {@code suggestion_awaiting_reply} (021). */
    private static final KeysetOrder DUE_FIRST = KeysetOrder.ascending("s.reply_due_on", "s.id", KeysetOrder.Type.DATE);

    private final JdbcOperations jdbc;

    SuggestionAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Suggestion suggestion) {
        jdbc.prepareStatement("INSERT INTO suggestion (id, term_id, sponsor_id, title, content, state, round, complex, assigned_on,"
                + " reply_due_on, feedback_due_on, merged_into, drafted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setObject(1, suggestion.id().value());
            statement.setObject(2, suggestion.term().value());
            statement.setObject(3, suggestion.sponsor().value());
            bindChangeable(statement, 4, suggestion);
            statement.setTimestamp(13, Timestamp.from(suggestion.actions().getFirst().at()));
            return statement.executeUpdate();
        });
        replaceChildren(suggestion);
        appendActions(suggestion, 0);
    }

    @Override
    public void update(Suggestion suggestion) {
        jdbc.prepareStatement("UPDATE suggestion SET title = ?, content = ?, state = ?, round = ?, complex = ?, assigned_on = ?,"
                + " reply_due_on = ?, feedback_due_on = ?, merged_into = ? WHERE id = ?", statement -> {
            bindChangeable(statement, 1, suggestion);
            statement.setObject(10, suggestion.id().value());
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("DELETE FROM suggestion_co_sponsor WHERE suggestion_id = ?", statement -> {
            statement.setObject(1, suggestion.id().value());
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("DELETE FROM suggestion_unit WHERE suggestion_id = ?", statement -> {
            statement.setObject(1, suggestion.id().value());
            return statement.executeUpdate();
        });
        replaceChildren(suggestion);
        int stored = jdbc.prepareStatement("SELECT count(*) FROM suggestion_action WHERE suggestion_id = ?", statement -> {
            statement.setObject(1, suggestion.id().value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
        appendActions(suggestion, stored);
    }

    @Override
    public Optional<Suggestion> find(SuggestionId id) {
        return load("SELECT " + COLUMNS + " FROM suggestion s WHERE s.id = ?", List.of(id.value())).stream().findFirst();
    }

    @Override
    public Optional<Suggestion> lock(SuggestionId id) {
        return load("SELECT " + COLUMNS + " FROM suggestion s WHERE s.id = ? FOR UPDATE", List.of(id.value())).stream().findFirst();
    }

    @Override
    public Slice<Suggestion> list(SuggestionScope scope, SuggestionFilter filter, KeysetRequest page) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        conditions.add(within(scope, parameters));
        filter.state().ifPresent(state -> {
            conditions.add("s.state = ?");
            parameters.add(state.name());
        });
        filter.unit().ifPresent(unit -> {
            conditions.add("EXISTS (SELECT 1 FROM suggestion_unit f WHERE f.suggestion_id = s.id AND f.unit_id = ?)");
            parameters.add(unit.value());
        });
        String where = " WHERE " + String.join(" AND ", conditions);
        // the suggestion's first action is its drafting, stamped with drafted_at
        return Slice.of(load("SELECT " + COLUMNS + " FROM suggestion s" + where + NEWEST.page(), NEWEST.parameters(parameters, page)),
                        page, s -> KeysetOrder.cursor(s.actions().getFirst().at(), s.id().value()))
                .counted(page, () -> Statements.count(jdbc, "SELECT count(*) FROM suggestion s" + where, parameters));
    }

    @Override
    public Slice<AwaitingReply> awaitingReply(SuggestionScope scope, KeysetRequest page) {
        List<Object> parameters = new ArrayList<>();
        String where = " WHERE s.state IN ('ASSIGNED', 'REASSIGNED') AND " + within(scope, parameters);
        List<AwaitingReply> items = Statements.list(jdbc, "SELECT s.id, s.title, s.state, s.complex, s.round, s.assigned_on,"
                + " s.reply_due_on, (SELECT l.unit_id FROM suggestion_unit l"
                + " WHERE l.tenant_id = s.tenant_id AND l.suggestion_id = s.id AND l.role = 'LEAD') AS lead_unit_id"
                + " FROM suggestion s" + where + DUE_FIRST.page(), DUE_FIRST.parameters(parameters, page),
                row -> new AwaitingReply(new SuggestionId(row.getObject("id", UUID.class)), row.getString("title"),
                        SuggestionState.valueOf(row.getString("state")), row.getBoolean("complex"), row.getInt("round"),
                        row.getDate("assigned_on").toLocalDate(), row.getDate("reply_due_on").toLocalDate(),
                        Optional.ofNullable(row.getObject("lead_unit_id", UUID.class)).map(UnitId::new)));
        return Slice.of(items, page, line -> KeysetOrder.cursor(line.replyDueOn(), line.id().value()))
                .counted(page, () -> Statements.count(jdbc, "SELECT count(*) FROM suggestion s" + where, parameters));
    }

    /** The condition that keeps a suggestion within what the scope may read; its parameters are added in order. */
    private static String within(SuggestionScope scope, List<Object> parameters) {
        return switch (scope) {
            case SuggestionScope.Submitted staff -> "s.state <> 'DRAFT'";
            case SuggestionScope.SponsoredBy own -> {
                parameters.add(own.deputy().value());
                parameters.add(own.deputy().value());
                yield "(s.sponsor_id = ? OR EXISTS (SELECT 1 FROM suggestion_co_sponsor c WHERE c.suggestion_id = s.id AND c.deputy_id = ?))";
            }
            case SuggestionScope.HandledBy handled -> {
                parameters.add(handled.units().stream().map(UnitId::value).toArray(UUID[]::new));
                yield "EXISTS (SELECT 1 FROM suggestion_unit u WHERE u.suggestion_id = s.id AND u.unit_id = ANY (?))";
            }
        };
    }

    @Override
    public List<Suggestion> ofTerm(TermId term, List<SuggestionState> states) {
        return load("SELECT " + COLUMNS + " FROM suggestion s WHERE s.term_id = ? AND s.state = ANY (?) ORDER BY s.drafted_at, s.id",
                List.of(term.value(), states.stream().map(Enum::name).toArray(String[]::new)));
    }

    private void replaceChildren(Suggestion suggestion) {
        for (int i = 0; i < suggestion.coSponsors().size(); i++) {
            int ordinal = i;
            jdbc.prepareStatement("INSERT INTO suggestion_co_sponsor (suggestion_id, deputy_id, ordinal) VALUES (?, ?, ?)", statement -> {
                statement.setObject(1, suggestion.id().value());
                statement.setObject(2, suggestion.coSponsors().get(ordinal).value());
                statement.setInt(3, ordinal);
                return statement.executeUpdate();
            });
        }
        for (int i = 0; i < suggestion.units().size(); i++) {
            HandlingUnit unit = suggestion.units().get(i);
            int ordinal = i;
            jdbc.prepareStatement("INSERT INTO suggestion_unit (suggestion_id, unit_id, role, ordinal) VALUES (?, ?, ?, ?)", statement -> {
                statement.setObject(1, suggestion.id().value());
                statement.setObject(2, unit.unit().value());
                statement.setString(3, unit.role().name());
                statement.setInt(4, ordinal);
                return statement.executeUpdate();
            });
        }
    }

    private void appendActions(Suggestion suggestion, int from) {
        List<SuggestionAction> actions = suggestion.actions();
        for (int seq = from; seq < actions.size(); seq++) {
            SuggestionAction action = actions.get(seq);
            int number = seq;
            jdbc.prepareStatement("INSERT INTO suggestion_action (suggestion_id, seq, kind, round, acted_by, acted_at, acted_on, unit_id,"
                    + " text, code, signed_by, verdict, attitude) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
                statement.setObject(1, suggestion.id().value());
                statement.setInt(2, number);
                statement.setString(3, action.kind().name());
                statement.setInt(4, action.round());
                statement.setString(5, action.by());
                statement.setTimestamp(6, Timestamp.from(action.at()));
                statement.setDate(7, Date.valueOf(action.on()));
                statement.setObject(8, action.unit().map(unit -> unit.value()).orElse(null));
                statement.setString(9, action.text().orElse(null));
                statement.setString(10, action.code().orElse(null));
                statement.setString(11, action.signedBy().orElse(null));
                statement.setString(12, action.verdict().map(Enum::name).orElse(null));
                statement.setString(13, action.attitude().map(Enum::name).orElse(null));
                return statement.executeUpdate();
            });
        }
    }

    private List<Suggestion> load(String sql, List<Object> parameters) {
        Map<UUID, SuggestionRows.Head> heads = jdbc.prepareStatement(sql, statement -> {
            Statements.bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                Map<UUID, SuggestionRows.Head> found = new LinkedHashMap<>();
                while (rows.next()) {
                    SuggestionRows.Head head = SuggestionRows.head(rows);
                    found.put(head.id(), head);
                }
                return found;
            }
        });
        if (heads.isEmpty()) {
            return List.of();
        }
        UUID[] ids = heads.keySet().toArray(UUID[]::new);
        SuggestionRows children = new SuggestionRows(
                query("SELECT suggestion_id, deputy_id FROM suggestion_co_sponsor WHERE suggestion_id = ANY (?) ORDER BY ordinal",
                        ids, SuggestionRows::coSponsor),
                query("SELECT suggestion_id, unit_id, role FROM suggestion_unit WHERE suggestion_id = ANY (?) ORDER BY ordinal",
                        ids, SuggestionRows::unit),
                query("SELECT * FROM suggestion_action WHERE suggestion_id = ANY (?) ORDER BY seq", ids, SuggestionRows::action));
        return heads.values().stream().map(children::suggestion).toList();
    }

    private <T> List<SuggestionRows.Child<T>> query(String sql, UUID[] ids, SuggestionRows.RowMapper<T> mapper) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", ids));
            try (ResultSet rows = statement.executeQuery()) {
                List<SuggestionRows.Child<T>> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(new SuggestionRows.Child<>(rows.getObject("suggestion_id", UUID.class), mapper.map(rows)));
                }
                return found;
            }
        });
    }

    private static void bindChangeable(PreparedStatement statement, int from, Suggestion suggestion) throws SQLException {
        statement.setString(from, suggestion.title());
        statement.setString(from + 1, suggestion.content());
        statement.setString(from + 2, suggestion.state().name());
        statement.setInt(from + 3, suggestion.round());
        statement.setBoolean(from + 4, suggestion.complex());
        statement.setDate(from + 5, suggestion.assignedOn().map(Date::valueOf).orElse(null));
        statement.setDate(from + 6, suggestion.replyDueOn().map(Date::valueOf).orElse(null));
        statement.setDate(from + 7, suggestion.feedbackDueOn().map(Date::valueOf).orElse(null));
        statement.setObject(from + 8, suggestion.mergedInto().map(SuggestionId::value).orElse(null));
    }

}
