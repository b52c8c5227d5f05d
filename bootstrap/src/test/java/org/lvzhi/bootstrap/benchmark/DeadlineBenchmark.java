package org.lvzhi.bootstrap.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lvzhi.adapter.persistence.testing.TestDatabase;
import org.lvzhi.application.deadline.port.in.PollDueDeadlinesUseCase;
import org.lvzhi.application.deadline.port.in.PollDueDeadlinesUseCase.PollOutcome;

/**
 * The deadline benchmark (docs/benchmarks.md): not part of the test suite — its name matches none of the surefire
 * includes — and run on its own with {@code -Dtest=DeadlineBenchmark}.
 *
 * <p>Starts the whole platform on the JVM's test database (seeded, as the API tests, with the outbox dispatcher off so
 * it does not compete), generates {@code bench.tenants} congresses under {@code qinghai} (each with a handling unit, its
 * head and a liaison office director) and {@code bench.deadlines} open QH-3.5 clocks with SQL on the superuser's
 * connection, a tenth of them wanting attention on {@link #ON} (half a reminder, half the escalation of an overdue
 * reply). Prints the poller's claim plan ({@code EXPLAIN (ANALYZE, BUFFERS)} in a rolled-back transaction, on the
 * platform role), then times {@link PollDueDeadlinesUseCase#pollDue} at its entry point, checks that every due clock
 * was handled once and that a second poll finds nothing.
 *
 * <p>System properties: {@code bench.tenants} (100), {@code bench.deadlines} (1000000).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlineBenchmark implements TestPropertyProvider {

    private static final LocalDate ON = LocalDate.of(2026, 11, 23);
    private static final int TENANTS = Integer.getInteger("bench.tenants", 100);
    private static final int DEADLINES = Integer.getInteger("bench.deadlines", 1_000_000);
    private static final double TARGET_SECONDS = 30;

    @Inject PollDueDeadlinesUseCase poller;

    @Override
    public Map<String, String> getProperties() {
        return BenchmarkDatabase.propertiesWithoutDelivery("deadline-benchmark");
    }

    @Test
    void hundredThousandDeadlinesFallDueAtOnce() throws Exception {
        Map<String, Double> phases = generate();
        long due = count("SELECT count(*) FROM deadline WHERE next_action_on <= DATE '" + ON + "'");
        String plan = explainClaim();
        Instant now = ON.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();

        long start = System.nanoTime();
        PollOutcome outcome = poller.pollDue(now);
        double seconds = (System.nanoTime() - start) / 1e9;
        long againStart = System.nanoTime();
        PollOutcome again = poller.pollDue(now);
        double againSeconds = (System.nanoTime() - againStart) / 1e9;

        long outbox = count("SELECT count(*) FROM outbox_message WHERE event LIKE 'deadline.%'");
        long escalated = count("SELECT count(*) FROM deadline WHERE escalated_on = DATE '" + ON + "'");
        long stillDue = count("SELECT count(*) FROM deadline WHERE next_action_on <= DATE '" + ON + "'");
        StringBuilder out = new StringBuilder("\n### Deadline benchmark\n\n");
        out.append(String.format(Locale.ROOT, "generation: %s%n%n", phases));
        out.append("| | value |\n|---|---:|\n");
        out.append(String.format(Locale.ROOT, "| open deadlines / congresses | %,d / %d |%n", DEADLINES, TENANTS));
        out.append(String.format(Locale.ROOT, "| due on %s | %,d |%n", ON, due));
        out.append(String.format(Locale.ROOT, "| pollDue: claimed / reminders / escalations / failed congresses | %,d / %,d / %,d / %d |%n",
                outcome.claimed(), outcome.reminders(), outcome.escalations(), outcome.failedCongresses()));
        out.append(String.format(Locale.ROOT, "| **pollDue time** | **%.2f s** (%,.0f deadlines/s; target %.0f s) |%n",
                seconds, outcome.claimed() / seconds, TARGET_SECONDS));
        out.append(String.format(Locale.ROOT, "| outbox messages written | %,d |%n", outbox));
        out.append(String.format(Locale.ROOT, "| second pollDue: claimed / sent, time | %d / %d, %.3f s |%n", again.claimed(),
                again.reminders() + again.escalations() + again.progressReports(), againSeconds));
        out.append("\n#### claim query plan (EXPLAIN ANALYZE, BUFFERS; batch ").append(batch()).append(")\n\n```\n").append(plan).append("```\n");
        System.out.println(out);

        assertThat(plan).as("the claim reads the partial index, not the table").contains("deadline_next_action").doesNotContain("Seq Scan on deadline");
        assertThat(outcome.claimed()).isEqualTo(due);
        assertThat(outcome.reminders() + outcome.escalations()).isEqualTo(due);
        assertThat(escalated).isEqualTo(outcome.escalations());
        assertThat(stillDue).isZero();
        assertThat(again.claimed()).isZero();
    }

    // --------------------------------------------------------------------------------------------- generating

    /**
     * {@code bench-00} … congresses (CITY under qinghai, inheriting its profile), each with one handling unit, its head
     * and a liaison office director (persons with logins, so each notification lands in an inbox), and the clocks:
     * clock i belongs to congress i mod TENANTS; (i div TENANTS) mod 20 = 0 wants its 3-day reminder on ON, = 10 fell due
     * the day before ON (escalation on ON), so every congress has its tenth of due clocks, the rest want their 14-day reminder between 1 and 160 days after ON.
     */
    private Map<String, Double> generate() throws SQLException {
        Map<String, Double> phases = new LinkedHashMap<>();
        try (Connection db = BenchmarkDatabase.superuser(); Statement sql = db.createStatement()) {
            String tenant = "'bench-' || lpad((%s)::text, 2, '0')";
            timed(phases, "congresses, units, offices", () -> {
                sql.execute(("INSERT INTO congress (id, name, level, parent_id) SELECT " + tenant + ", '基准测试市人大' || t, 'CITY', 'qinghai'"
                        + " FROM generate_series(0, %d) t").formatted("t", TENANTS - 1));
                sql.execute(("INSERT INTO organisation_unit (tenant_id, id, kind, name) SELECT " + tenant
                        + ", md5('bench-unit-' || t)::uuid, 'HANDLING_UNIT', '基准承办单位' || t FROM generate_series(0, %d) t")
                        .formatted("t", TENANTS - 1));
                sql.execute("INSERT INTO person (id, name, login) SELECT md5('bench-person-' || p)::uuid, '基准负责人' || p, 'bench-user-' || p"
                        + " FROM generate_series(0, %d) p".formatted(2 * TENANTS - 1));
                sql.execute(("INSERT INTO position_assignment (tenant_id, id, position, person_id, unit_id, from_date) SELECT " + tenant
                        + ", md5('bench-head-' || t)::uuid, 'HANDLING_UNIT_HEAD', md5('bench-person-' || t)::uuid,"
                        + " md5('bench-unit-' || t)::uuid, DATE '2023-01-15' FROM generate_series(0, %d) t").formatted("t", TENANTS - 1));
                sql.execute(("INSERT INTO position_assignment (tenant_id, id, position, person_id, from_date) SELECT " + tenant
                        + ", md5('bench-director-' || t)::uuid, 'LIAISON_OFFICE_DIRECTOR', md5('bench-person-' || (t + %d))::uuid,"
                        + " DATE '2023-01-15' FROM generate_series(0, %d) t").formatted("t", TENANTS, TENANTS - 1));
            });
            timed(phases, "deadlines", () -> sql.executeUpdate("""
                    INSERT INTO deadline (tenant_id, id, rule, article, event, subject_kind, subject_id, subject_title, unit_id, what,
                                          responsible, escalate_to, event_on, started_on, due_on, reminders, next_reminder_on,
                                          state, next_action_on)
                    SELECT tenant, md5('bench-deadline-' || i)::uuid, 'QH-3.5', '第三条第（五）项', 'SUGGESTION_ASSIGNED', 'SUGGESTION',
                           'bench-' || i, '基准建议' || i, unit, '承办单位答复代表建议、批评和意见', 'HANDLING_UNIT_HEAD', 'LIAISON_OFFICE',
                           (due - interval '3 months')::date, (due - interval '3 months')::date, due,
                           ARRAY[due - 14, due - 3], reminder, 'OPEN', coalesce(reminder, due + 1)
                      FROM (SELECT i, 'bench-' || lpad((i %% %1$d)::text, 2, '0') AS tenant, md5('bench-unit-' || (i %% %1$d))::uuid AS unit,
                                   CASE WHEN i / %1$d %% 20 = 0 THEN DATE '%2$s' + 3
                                        WHEN i / %1$d %% 20 = 10 THEN DATE '%2$s' - 1
                                        ELSE DATE '%2$s' + 15 + (i %% 160) END AS due
                              FROM generate_series(1, %3$d) i) g,
                           LATERAL (SELECT CASE WHEN i / %1$d %% 20 = 0 THEN DATE '%2$s'
                                                WHEN i / %1$d %% 20 = 10 THEN NULL
                                                ELSE due - 14 END AS reminder) r""".formatted(TENANTS, ON, DEADLINES)));
            timed(phases, "ANALYZE", () -> {
                for (String table : new String[] {"congress", "organisation_unit", "person", "position_assignment", "deadline"}) {
                    sql.execute("ANALYZE " + table);
                }
            });
            try (ResultSet size = sql.executeQuery("SELECT pg_size_pretty(pg_table_size('deadline')),"
                    + " pg_size_pretty(pg_relation_size('deadline_next_action'))")) {
                size.next();
                System.out.println("deadline: table " + size.getString(1) + ", deadline_next_action " + size.getString(2));
            }
        }
        return phases;
    }

    // --------------------------------------------------------------------------------------------- explaining

    /** The adapter's claim statement under EXPLAIN (ANALYZE, BUFFERS) on the platform role, rolled back. */
    private String explainClaim() throws Exception {
        Field claim = Class.forName("org.lvzhi.adapter.persistence.deadline.PlatformDeadlineClaims").getDeclaredField("CLAIM");
        claim.setAccessible(true);
        var settings = TestDatabase.instance().settings();
        try (Connection db = DriverManager.getConnection(settings.url(), settings.platformUsername(), settings.platformPassword())) {
            db.setAutoCommit(false);
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement explain = db.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + claim.get(null))) {
                Instant now = ON.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
                explain.setTimestamp(1, Timestamp.from(now.plusSeconds(300)));
                explain.setDate(2, Date.valueOf(ON));
                explain.setTimestamp(3, Timestamp.from(now));
                explain.setInt(4, batch());
                try (ResultSet line = explain.executeQuery()) {
                    while (line.next()) {
                        plan.append(line.getString(1)).append('\n');
                    }
                }
            } finally {
                db.rollback();
            }
            return plan.toString();
        }
    }

    private static int batch() throws ReflectiveOperationException {
        Field batch = Class.forName("org.lvzhi.application.deadline.DeadlinePoller").getDeclaredField("BATCH");
        batch.setAccessible(true);
        return batch.getInt(null);
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private static void timed(Map<String, Double> phases, String name, SqlWork work) throws SQLException {
        long start = System.nanoTime();
        work.run();
        phases.put(name, Math.round((System.nanoTime() - start) / 1e8) / 10.0);
    }

    private static long count(String query) throws SQLException {
        try (Connection db = BenchmarkDatabase.superuser(); Statement sql = db.createStatement(); ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

}
