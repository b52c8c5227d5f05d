package org.lvzhi.adapter.persistence.archive;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lvzhi.domain.compliance.CountingPlan;
import org.lvzhi.domain.compliance.Tally;
import org.lvzhi.domain.congress.TermId;

/**
 * The one aggregate that answers a counting plan for every serving deputy of a term: the plan's tallies are passed as
 * rows (tally key × type × window), so the SQL is the same whatever the profile says. Public so that the benchmark
 * can explain exactly the query the platform runs.
 */
public final class TallyQuery {

    public static final String SQL = """
            WITH tally AS (
                SELECT * FROM unnest(?::text[], ?::text[], ?::date[], ?::date[], ?::text[], ?::numeric[])
                    AS t(key, type, from_day, to_day, counting, factor)),
            counted AS (
                SELECT r.deputy_id, t.key,
                       CASE max(t.counting) WHEN 'COUNTERPART' THEN count(DISTINCT r.counterpart)
                                            WHEN 'OCCASION' THEN count(DISTINCT r.occurred_on)
                                            WHEN 'SUM' THEN sum(r.quantity * t.factor)
                                            ELSE count(*) END::numeric AS n
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

    private TallyQuery() {
    }

    /** Binds the plan's tallies, the date offices are held on, and the term. */
    public static void bind(Connection connection, PreparedStatement statement, TermId term, CountingPlan plan, LocalDate on)
            throws SQLException {
        List<String> keys = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<Date> froms = new ArrayList<>();
        List<Date> tos = new ArrayList<>();
        List<String> counting = new ArrayList<>();
        List<BigDecimal> factors = new ArrayList<>();
        for (Tally tally : plan.tallies()) {
            for (String type : tally.types()) {
                keys.add(tally.key());
                types.add(type);
                froms.add(Date.valueOf(tally.range().from()));
                tos.add(Date.valueOf(tally.range().to()));
                counting.add(tally.counting());
                factors.add(tally.factor(type));
            }
        }
        statement.setArray(1, connection.createArrayOf("text", keys.toArray()));
        statement.setArray(2, connection.createArrayOf("text", types.toArray()));
        statement.setArray(3, connection.createArrayOf("date", froms.toArray()));
        statement.setArray(4, connection.createArrayOf("date", tos.toArray()));
        statement.setArray(5, connection.createArrayOf("text", counting.toArray()));
        statement.setArray(6, connection.createArrayOf("numeric", factors.toArray()));
        statement.setDate(7, Date.valueOf(on));
        statement.setDate(8, Date.valueOf(on));
        statement.setObject(9, term.value());
    }
}
