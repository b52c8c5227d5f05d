package org.lvzhi.adapter.persistence.archive;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.lvzhi.application.archive.port.out.ComplianceCountsPort;
import org.lvzhi.domain.compliance.CountingPlan;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.compliance.Tally;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Position;

/**
 * Answers a counting plan for every serving deputy of a term with one aggregate over the duty records: the plan's
 * tallies are passed as rows (tally key × type × window), so the SQL is the same whatever the profile says.
 */
@Singleton
class ComplianceCountsAdapter implements ComplianceCountsPort {

    private static final String COUNTS = """
            WITH tally AS (
                SELECT * FROM unnest(?::text[], ?::text[], ?::date[], ?::date[], ?::boolean[])
                    AS t(key, type, from_day, to_day, by_counterpart)),
            counted AS (
                SELECT r.deputy_id, t.key,
                       CASE WHEN bool_or(t.by_counterpart) THEN count(DISTINCT r.counterpart) ELSE count(*) END AS n
                  FROM duty_record r
                  JOIN tally t ON r.type = t.type AND r.occurred_on BETWEEN t.from_day AND t.to_day
                 WHERE r.state = 'CONFIRMED'
                 GROUP BY r.deputy_id, t.key),
            per_deputy AS (
                SELECT deputy_id, array_agg(key) AS keys, array_agg(n) AS counts FROM counted GROUP BY deputy_id),
            offices AS (
                SELECT person_id, array_agg(DISTINCT position) AS positions FROM position_assignment
                 WHERE from_date <= ? AND (until_date IS NULL OR until_date >= ?) GROUP BY person_id)
            SELECT d.id, d.grassroots, d.military, d.constituency, o.positions, c.keys, c.counts
              FROM deputy d
              LEFT JOIN per_deputy c ON c.deputy_id = d.id
              LEFT JOIN offices o ON o.person_id = d.person_id
             WHERE d.term_id = ? AND d.status = 'ACTIVE'""";

    private final JdbcOperations jdbc;

    ComplianceCountsAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void countAll(TermId term, CountingPlan plan, LocalDate on, Consumer<CountedDeputy> perDeputy) {
        jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(COUNTS)) {
                bindTallies(connection, statement, plan.tallies());
                statement.setDate(6, Date.valueOf(on));
                statement.setDate(7, Date.valueOf(on));
                statement.setObject(8, term.value());
                statement.setFetchSize(2_000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        perDeputy.accept(counted(rows));
                    }
                }
            }
            return null;
        });
    }

    private static void bindTallies(Connection connection, PreparedStatement statement, List<Tally> tallies) throws SQLException {
        List<String> keys = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<Date> froms = new ArrayList<>();
        List<Date> tos = new ArrayList<>();
        List<Boolean> byCounterpart = new ArrayList<>();
        for (Tally tally : tallies) {
            for (String type : tally.types()) {
                keys.add(tally.key());
                types.add(type);
                froms.add(Date.valueOf(tally.range().from()));
                tos.add(Date.valueOf(tally.range().to()));
                byCounterpart.add(tally.distinct().isPresent());
            }
        }
        statement.setArray(1, connection.createArrayOf("text", keys.toArray()));
        statement.setArray(2, connection.createArrayOf("text", types.toArray()));
        statement.setArray(3, connection.createArrayOf("date", froms.toArray()));
        statement.setArray(4, connection.createArrayOf("date", tos.toArray()));
        statement.setArray(5, connection.createArrayOf("boolean", byCounterpart.toArray()));
    }

    private static CountedDeputy counted(ResultSet row) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        Array keys = row.getArray("keys");
        if (keys != null) {
            String[] keyValues = (String[]) keys.getArray();
            Long[] countValues = (Long[]) row.getArray("counts").getArray();
            for (int i = 0; i < keyValues.length; i++) {
                counts.put(keyValues[i], countValues[i]);
            }
        }
        DeputyAttributes attributes = new DeputyAttributes(row.getBoolean("grassroots"), row.getBoolean("military"),
                Constituency.valueOf(row.getString("constituency")), positions(row.getArray("positions")));
        return new CountedDeputy(new DeputyId(row.getObject("id", UUID.class)), attributes,
                tally -> counts.getOrDefault(tally.key(), 0L));
    }

    private static Set<Position> positions(Array held) throws SQLException {
        Set<Position> positions = EnumSet.noneOf(Position.class);
        if (held != null) {
            for (String position : (String[]) held.getArray()) {
                positions.add(Position.valueOf(position));
            }
        }
        return positions;
    }
}
