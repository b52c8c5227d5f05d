package org.lvzhi.bootstrap.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lvzhi.adapter.persistence.testing.TestDatabase;
import org.lvzhi.application.archive.port.in.NightlyEvaluationUseCase;
import org.lvzhi.domain.congress.CongressId;

/**
 * The whole nightly evaluation of a province (docs/benchmarks.md, "The whole nightly evaluation"): not part of the test
 * suite, run on its own with {@code -Dtest=NightlyEvaluationBenchmark}.
 *
 * <p>Generates the read benchmark's congress {@code bench} ({@link ProvinceDataSet}, no suggestions: the night reads
 * none), then times {@link NightlyEvaluationUseCase#evaluate} — what the nightly job and {@code POST
 * /compliance-overview/evaluations} run: supervision of every serving deputy, then compliance and the standings — on
 * two nights: the first, which opens every case the data calls for, and the same date again, which opens none and is
 * what an ordinary night costs. The floor is hand-written SQL doing the same work on the app role under row-level
 * security: one aggregate of every serving deputy's compliance counts and supervision facts over the term, read over
 * JDBC, then every standing written back by one {@code INSERT … SELECT}. The benchmark fails unless the first night
 * opened a QH-12 case for exactly the deputies the floor finds without a fixed contact in the year, and the second
 * night opened none.
 *
 * <p>System properties: {@code bench.deputies} (300000), {@code bench.records} (6000000), {@code bench.connections}
 * generating (4).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NightlyEvaluationBenchmark implements TestPropertyProvider {

    private static final int DEPUTIES = Integer.getInteger("bench.deputies", 300_000);
    private static final int RECORDS = Integer.getInteger("bench.records", 6_000_000);
    private static final LocalDate ON = LocalDate.parse(ProvinceDataSet.ON);
    private static final double TARGET_SECONDS = 120;
    private static final double TARGET_RATIO = 2;

    /**
     * What a developer who knows Qinghai's rules would write for the night: per serving deputy, the three quotas'
     * counts (QH-6.3 trainings over the term, QH-7.2 receptions and liaison-room activities and QH-7.3 visits in the
     * year), QH-12's contacts and fixed contacts in the rolling year, QH-11.3's and QH-11.5's unapproved absences over
     * the term and the deputy's cases; then the standings written from the counts in the same statement.
     */
    private static final String FLOOR = """
            WITH facts AS (
                SELECT d.id,
                       count(*) FILTER (WHERE r.type = 'TRAINING') AS training,
                       count(*) FILTER (WHERE r.type IN ('LIAISON_ROOM_ACTIVITY', 'STATION_RECEPTION')
                                          AND r.occurred_on >= DATE '2026-01-01') AS contact,
                       count(*) FILTER (WHERE r.type = 'FIXED_CONTACT_VISIT' AND r.occurred_on >= DATE '2026-01-01') AS visits,
                       count(*) FILTER (WHERE r.type IN ('PUBLIC_CONTACT', 'STATION_RECEPTION', 'LIAISON_ROOM_ACTIVITY',
                                                         'FIXED_CONTACT_VISIT', 'FIXED_CONTACT_REMOTE')
                                          AND r.occurred_on > DATE '2025-11-23') AS public_contacts,
                       count(*) FILTER (WHERE r.type IN ('FIXED_CONTACT_VISIT', 'FIXED_CONTACT_REMOTE')
                                          AND r.occurred_on > DATE '2025-11-23') AS fixed_contacts,
                       (SELECT count(*) FROM absence b WHERE b.deputy_id = d.id AND NOT b.approved) AS absences,
                       (SELECT count(*) FROM supervision_case c WHERE c.deputy_id = d.id) AS cases
                  FROM deputy d
                  LEFT JOIN duty_record r ON r.deputy_id = d.id AND r.state = 'CONFIRMED'
                       AND r.occurred_on BETWEEN DATE '2023-01-15' AND DATE '2026-11-23'
                 WHERE d.status = 'ACTIVE'
                 GROUP BY d.id),
            written AS (
                INSERT INTO compliance_standing (deputy_id, evaluated_on, worst_status, verdicts)
                SELECT id, DATE '2026-11-23',
                       CASE WHEN training >= 1 AND contact >= 3 AND visits >= 3 THEN 'MET' ELSE 'AT_RISK' END,
                       jsonb_build_array(jsonb_build_object('rule', 'QH-6.3', 'count', training),
                                         jsonb_build_object('rule', 'QH-7.2', 'count', contact),
                                         jsonb_build_object('rule', 'QH-7.3', 'count', visits))
                  FROM facts
                ON CONFLICT (tenant_id, deputy_id)
                DO UPDATE SET evaluated_on = excluded.evaluated_on, worst_status = excluded.worst_status, verdicts = excluded.verdicts
                RETURNING 1)
            SELECT count(*) FILTER (WHERE public_contacts = 0 OR fixed_contacts = 0) AS lapsed, count(*) AS deputies,
                   sum(absences + cases) AS other, (SELECT count(*) FROM written) AS written
              FROM facts""";

    @Inject NightlyEvaluationUseCase nightly;

    private final List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    @Override
    public Map<String, String> getProperties() {
        return BenchmarkDatabase.propertiesWithoutDelivery("nightly-benchmark");
    }

    @Test
    void theWholeNightOfAProvince() throws SQLException {
        ProvinceDataSet province = new ProvinceDataSet();
        double generated = province.generate(List.of(new ProvinceDataSet.Congress("bench", DEPUTIES, RECORDS, 0, 5)));
        System.out.printf(Locale.ROOT, "generated in %.1f s: %s%n", generated, province.phases());
        long serving = count("SELECT count(*) FROM deputy WHERE tenant_id = 'bench' AND status = 'ACTIVE'");
        CongressId bench = new CongressId("bench");

        Run first = measure("first night (opens the cases)", () -> nightly.evaluate(bench, ON));
        long lapsedCases = count("SELECT count(*) FROM supervision_case WHERE tenant_id = 'bench' AND rule = 'QH-12'");
        long allCases = count("SELECT count(*) FROM supervision_case WHERE tenant_id = 'bench'");
        Run second = measure("second night (nothing new)", () -> nightly.evaluate(bench, ON));
        Run floor = measure("floor (hand-written SQL)", this::floor);
        Run floorAgain = measure("floor again", this::floor);
        Run best = floor.seconds() < floorAgain.seconds() ? floor : floorAgain;
        long standings = count("SELECT count(*) FROM compliance_standing WHERE tenant_id = 'bench' AND evaluated_on = DATE '"
                + ON + "' AND jsonb_array_length(verdicts) = 3");

        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n### Nightly evaluation benchmark%n%n%,d deputies (%,d serving), "
                + "%,d duty records; %d cores, Java %s; generated in %.1f s; load average before the night %.2f%n%n", DEPUTIES, serving,
                RECORDS, Runtime.getRuntime().availableProcessors(), Runtime.version(), generated, first.load()));
        out.append("| run | s | deputies/s | ratio to floor | cases opened | peak heap MiB | load average after |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Run run : List.of(first, second, floor, floorAgain)) {
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %,.0f | %.2f | %d | %d | %.2f |%n", run.name(), run.seconds(),
                    serving / run.seconds(), run.seconds() / best.seconds(), run.opened(), run.peakMiB(), run.loadAfter()));
        }
        out.append(String.format(Locale.ROOT, "%ncases after the first night: %,d (QH-12: %,d); the floor finds %,d deputies without a "
                + "fixed contact in the year%n", allCases, lapsedCases, floor.opened()));
        out.append(String.format(Locale.ROOT, "ordinary night: %.1f s against the target %.0f s (%s), %.2f× the floor against %.0f× (%s)%n",
                second.seconds(), TARGET_SECONDS, second.seconds() < TARGET_SECONDS ? "met" : "MISSED", second.seconds() / best.seconds(),
                TARGET_RATIO, second.seconds() / best.seconds() <= TARGET_RATIO ? "met" : "MISSED"));
        System.out.println(out);

        assertThat(lapsedCases).as("a QH-12 case for every deputy without a fixed contact in the year, as the floor counts them")
                .isEqualTo(floor.opened());
        assertThat(second.opened()).as("the same night again opens nothing").isZero();
        assertThat(standings).as("every serving deputy's standing written for the night").isEqualTo(serving);
    }

    /** The floor's night: one statement; answers the deputies it finds lapsed under QH-12. */
    private int floor() {
        try (Connection app = app(); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("SELECT set_config('app.tenant_id', 'bench', true), set_config('jit', 'off', true)");
            try (ResultSet row = sql.executeQuery(FLOOR)) {
                row.next();
                assertThat(row.getLong("written")).as("standings the floor wrote").isEqualTo(row.getLong("deputies"));
                int lapsed = row.getInt("lapsed");
                app.commit();
                return lapsed;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One run: its seconds, the cases it opened (or the floor's lapsed deputies), the heap pools' peak, the load around it. */
    private record Run(String name, double seconds, int opened, long peakMiB, double load, double loadAfter) {
    }

    private Run measure(String name, IntSupplier night) {
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long start = System.nanoTime();
        int opened = night.getAsInt();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        Run run = new Run(name, seconds, opened, peak, load, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%s: %.1f s, %d, peak heap %d MiB, load %.2f → %.2f%n", name, seconds, opened, peak, load,
                run.loadAfter());
        return run;
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = BenchmarkDatabase.superuser(); Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Connection app() throws SQLException {
        var settings = TestDatabase.instance().settings();
        return DriverManager.getConnection(settings.url(), settings.appUsername(), settings.appPassword());
    }
}
