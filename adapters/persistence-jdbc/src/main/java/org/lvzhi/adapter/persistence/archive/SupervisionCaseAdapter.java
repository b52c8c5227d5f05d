package org.lvzhi.adapter.persistence.archive;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.lvzhi.adapter.persistence.shared.KeysetOrder;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.archive.port.out.SupervisionCasePort;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.supervision.CaseGrounds;
import org.lvzhi.domain.supervision.CaseOpening;
import org.lvzhi.domain.supervision.CaseOutcome;
import org.lvzhi.domain.supervision.CaseState;
import org.lvzhi.domain.supervision.SupervisionCase;
import org.lvzhi.domain.supervision.SupervisionCaseId;

@Singleton
class SupervisionCaseAdapter implements SupervisionCasePort {

    private static final String COLUMNS = "id, deputy_id, rule, article, trigger_key, step, action, actor, alternatives,"
            + " evidence, opened_on, state, outcome, note, closed_by, closed_on, ground_facts, ground_windows_from, ground_windows_to";

    /** Newest first: {@code supervision_case_keyset} (035), with a state {@code supervision_case_state_page}. */
    private static final KeysetOrder NEWEST = KeysetOrder.descending("opened_on", "id", KeysetOrder.Type.DATE);
    private static final int COLUMN_COUNT = 19;
    /** Cases opened per statement: 19 parameters a row stay well under the protocol's 65,535. */
    private static final int ROWS_PER_INSERT = 1_000;

    private final JdbcOperations jdbc;

    SupervisionCaseAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SupervisionCase> openAll(List<SupervisionCase> cases) {
        Set<UUID> opened = new HashSet<>();
        for (int from = 0; from < cases.size(); from += ROWS_PER_INSERT) {
            opened.addAll(insert(cases.subList(from, Math.min(cases.size(), from + ROWS_PER_INSERT))));
        }
        return cases.stream().filter(c -> opened.contains(c.id().value())).toList();
    }

    /** The rows in one statement; answers the ids it inserted. */
    private Set<UUID> insert(List<SupervisionCase> rows) {
        String values = String.join(", ", Collections.nCopies(rows.size(),
                "(" + String.join(", ", Collections.nCopies(COLUMN_COUNT, "?")) + ")"));
        return jdbc.prepareStatement("INSERT INTO supervision_case (" + COLUMNS + ") VALUES " + values
                + " ON CONFLICT (tenant_id, deputy_id, rule, trigger_key) WHERE state <> 'WITHDRAWN' DO NOTHING RETURNING id", statement -> {
            for (int row = 0; row < rows.size(); row++) {
                bindOpened(statement, row * COLUMN_COUNT, rows.get(row));
            }
            Set<UUID> inserted = new HashSet<>();
            try (ResultSet ids = statement.executeQuery()) {
                while (ids.next()) {
                    inserted.add(ids.getObject(1, UUID.class));
                }
            }
            return inserted;
        });
    }

    private static void bindOpened(PreparedStatement statement, int offset, SupervisionCase opened) throws SQLException {
        statement.setObject(offset + 1, opened.id().value());
        statement.setObject(offset + 2, opened.deputy().value());
        statement.setString(offset + 3, opened.rule());
        statement.setString(offset + 4, opened.article());
        statement.setString(offset + 5, opened.triggerKey());
        statement.setInt(offset + 6, opened.step());
        statement.setString(offset + 7, opened.action());
        statement.setString(offset + 8, opened.actor());
        statement.setArray(offset + 9, statement.getConnection().createArrayOf("text", opened.alternatives().toArray()));
        statement.setArray(offset + 10, statement.getConnection().createArrayOf("text", opened.evidence().toArray()));
        statement.setDate(offset + 11, Date.valueOf(opened.openedOn()));
        statement.setString(offset + 12, opened.state().name());
        bindClosing(statement, offset + 13, opened);
        bindGrounds(statement, offset + 17, opened.grounds());
    }

    @Override
    public void update(SupervisionCase changed) {
        jdbc.prepareStatement("UPDATE supervision_case SET state = ?, outcome = ?, note = ?, closed_by = ?, closed_on = ?,"
                + " evidence = ?, ground_facts = ?, ground_windows_from = ?, ground_windows_to = ? WHERE id = ?", statement -> {
            statement.setString(1, changed.state().name());
            bindClosing(statement, 2, changed);
            statement.setArray(6, statement.getConnection().createArrayOf("text", changed.evidence().toArray()));
            bindGrounds(statement, 7, changed.grounds());
            statement.setObject(10, changed.id().value());
            return statement.executeUpdate();
        });
    }

    @Override
    public Optional<SupervisionCase> find(SupervisionCaseId id) {
        return query("SELECT " + COLUMNS + " FROM supervision_case WHERE id = ?", List.of(id.value())).stream().findFirst();
    }

    @Override
    public List<SupervisionCase> ofDeputy(DeputyId deputy) {
        return query("SELECT " + COLUMNS + " FROM supervision_case WHERE deputy_id = ? ORDER BY opened_on, step, id",
                List.of(deputy.value()));
    }

    @Override
    public List<SupervisionCase> ofDeputies(Collection<DeputyId> deputies) {
        return query("SELECT " + COLUMNS + " FROM supervision_case WHERE deputy_id = ANY (?) ORDER BY opened_on, step, id",
                List.of((Object) deputies.stream().map(DeputyId::value).toArray(UUID[]::new)));
    }

    @Override
    public Slice<SupervisionCase> list(Optional<CaseState> state, KeysetRequest page) {
        String where = " WHERE " + state.map(s -> "state = ?").orElse("TRUE");
        List<Object> parameters = new ArrayList<>(state.map(s -> (Object) s.name()).stream().toList());
        return Slice.of(query("SELECT " + COLUMNS + " FROM supervision_case" + where + NEWEST.page(), NEWEST.parameters(parameters, page)),
                        page, c -> KeysetOrder.cursor(c.openedOn(), c.id().value()))
                .counted(page, () -> Statements.count(jdbc, "SELECT count(*) FROM supervision_case" + where, parameters));
    }

    private List<SupervisionCase> query(String sql, List<Object> parameters) {
        return Statements.list(jdbc, sql, parameters, SupervisionCaseAdapter::toCase);
    }


    private static void bindClosing(PreparedStatement statement, int from, SupervisionCase supervisionCase) throws SQLException {
        statement.setString(from, supervisionCase.outcome().map(Enum::name).orElse(null));
        statement.setString(from + 1, supervisionCase.note().orElse(null));
        statement.setString(from + 2, supervisionCase.closedBy().orElse(null));
        statement.setDate(from + 3, supervisionCase.closedOn().map(Date::valueOf).orElse(null));
    }

    private static void bindGrounds(PreparedStatement statement, int from, CaseGrounds grounds) throws SQLException {
        statement.setArray(from, statement.getConnection().createArrayOf("text", grounds.facts().toArray()));
        statement.setArray(from + 1, statement.getConnection().createArrayOf("date",
                grounds.windows().stream().map(window -> Date.valueOf(window.from())).toArray()));
        statement.setArray(from + 2, statement.getConnection().createArrayOf("date",
                grounds.windows().stream().map(window -> Date.valueOf(window.to())).toArray()));
    }

    private static CaseGrounds grounds(ResultSet row) throws SQLException {
        Date[] from = (Date[]) row.getArray("ground_windows_from").getArray();
        Date[] to = (Date[]) row.getArray("ground_windows_to").getArray();
        return new CaseGrounds(texts(row, "ground_facts"), IntStream.range(0, from.length)
                .mapToObj(i -> new DateRange(from[i].toLocalDate(), to[i].toLocalDate())).toList());
    }

    private static SupervisionCase toCase(ResultSet row) throws SQLException {
        return new SupervisionCase(new SupervisionCaseId(row.getObject("id", UUID.class)),
                new DeputyId(row.getObject("deputy_id", UUID.class)), new CaseOpening(row.getString("rule"), row.getString("article"),
                        row.getString("trigger_key"), row.getInt("step"), row.getString("action"), row.getString("actor"),
                        texts(row, "alternatives"), texts(row, "evidence"), grounds(row)),
                row.getDate("opened_on").toLocalDate(),
                CaseState.valueOf(row.getString("state")),
                Optional.ofNullable(row.getString("outcome")).map(CaseOutcome::valueOf),
                Optional.ofNullable(row.getString("note")), Optional.ofNullable(row.getString("closed_by")),
                Optional.ofNullable(row.getDate("closed_on")).map(Date::toLocalDate));
    }

    private static List<String> texts(ResultSet row, String column) throws SQLException {
        return Arrays.asList((String[]) row.getArray(column).getArray());
    }
}
