package org.lvzhi.bootstrap.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lvzhi.adapter.persistence.archive.TallyQuery;
import org.lvzhi.application.archive.ComplianceRun;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.compliance.ComplianceEvaluator;
import org.lvzhi.domain.compliance.CountingPlan;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.compliance.Tally;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.Enforcement;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.Quota;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Sourced;

/**
 * The compliance benchmark (docs/benchmarks.md): not part of the test suite — its name matches none of the
 * surefire includes — and run on its own with {@code -Dtest=ComplianceBenchmark}.
 *
 * <p>Starts the whole platform on the JVM's test database (seeded, as the API tests), generates a
 * province-sized congress {@code bench} under {@code qinghai} with SQL, then times on one date (a) the platform
 * path, {@link ComplianceRun#evaluate} inside {@code readInCongress}, every verdict consumed, and (b) the floor,
 * one hand-written SQL aggregate returning the same counts per deputy, read completely over JDBC on the same
 * pool, role and row-level security. The warm-up runs collect every deputy's counts from both and the benchmark
 * fails unless they agree. Prints a Markdown table to stdout.
 *
 * <p>System properties: {@code bench.deputies} (100000), {@code bench.records} (5000000), {@code bench.runs}
 * measured runs of each path after the warm-up (3), {@code bench.explain} print both query plans (true).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceBenchmark implements TestPropertyProvider {

    private static final String BENCH = "bench";
    private static final LocalDate TERM_START = LocalDate.of(2023, 1, 15);
    private static final LocalDate TERM_END = LocalDate.of(2028, 1, 14);
    /** The evaluation date; records are dated from the term's start up to it. */
    private static final LocalDate ON = LocalDate.of(2026, 11, 23);
    private static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);
    private static final UUID TERM_ID = UUID.nameUUIDFromBytes("bench-term".getBytes());

    private static final int DEPUTIES = Integer.getInteger("bench.deputies", 100_000);
    private static final int RECORDS = Integer.getInteger("bench.records", 5_000_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final boolean EXPLAIN = Boolean.parseBoolean(System.getProperty("bench.explain", "true"));
    private static final double TARGET_SECONDS = 60;
    private static final double TARGET_RATIO = 2;

    /**
     * The floor: what a developer who knows Qinghai's four quotas would write by hand for this one date — the
     * confirmed records of the counted types in their windows, one pass grouped per deputy with a FILTER per
     * quota, left-joined to every serving deputy. Columns in the order of {@link #COLUMNS}.
     */
    private static final String FLOOR = """
            SELECT d.id,
                   coalesce(c.training, 0), coalesce(c.contact, 0), coalesce(c.visits, 0)
              FROM deputy d
              LEFT JOIN (
                    SELECT deputy_id,
                           count(*) FILTER (WHERE type = 'TRAINING' AND occurred_on BETWEEN ? AND ?) AS training,
                           count(*) FILTER (WHERE type IN ('LIAISON_ROOM_ACTIVITY', 'STATION_RECEPTION')
                                              AND occurred_on BETWEEN ? AND ?) AS contact,
                           count(*) FILTER (WHERE type = 'FIXED_CONTACT_VISIT' AND occurred_on BETWEEN ? AND ?) AS visits
                      FROM duty_record
                     WHERE state = 'CONFIRMED'
                       AND (type = 'TRAINING' AND occurred_on BETWEEN ? AND ?
                            OR type IN ('LIAISON_ROOM_ACTIVITY', 'STATION_RECEPTION', 'FIXED_CONTACT_VISIT')
                               AND occurred_on BETWEEN ? AND ?)
                     GROUP BY deputy_id) c ON c.deputy_id = d.id
             WHERE d.term_id = ? AND d.status = 'ACTIVE'""";

    /** The counts both paths answer per deputy, as the floor's columns; each names the tally it stands for. */
    private static final List<Tally> COLUMNS = List.of(
            Tally.of(Set.of("TRAINING"), new DateRange(TERM_START, TERM_END), Optional.empty()),
            Tally.of(Set.of("LIAISON_ROOM_ACTIVITY", "STATION_RECEPTION"), new DateRange(YEAR_START, YEAR_END), Optional.empty()),
            Tally.of(Set.of("FIXED_CONTACT_VISIT"), new DateRange(YEAR_START, YEAR_END), Optional.empty()));

    @Inject TransactionPort transactions;
    @Inject ComplianceRun compliance;
    @Inject PolicyProfileQueries profiles;
    @Inject LoadTermsPort terms;
    @Inject JdbcOperations jdbc;

    private final List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    @Override
    public Map<String, String> getProperties() {
        return BenchmarkDatabase.properties("benchmark");
    }

    @Test
    void complianceOfAProvinceSizedCongress() throws SQLException {
        Generated generated = generate();
        CongressId bench = new CongressId(BENCH);
        EffectiveProfile profile = profiles.effectiveIn(bench, ON);
        int[] columnOfCheck = columnsOfChecks(profile);
        Term term = transactions.readInCongress(bench, () -> terms.calendar().termOn(ON)).orElseThrow();
        assertThat(ComplianceEvaluator.forPlan(profile, term, ON).plan().tallies())
                .as("the floor counts exactly the tallies of the platform's plan").containsExactlyInAnyOrderElementsOf(COLUMNS);

        // Warm-up of both paths, which also collects every deputy's counts from each and compares them.
        Map<UUID, long[]> byPlatform = new HashMap<>();
        Map<UUID, long[]> byFloor = new HashMap<>();
        Outcome warmPlatform = platform(bench, columnOfCheck, byPlatform);
        Outcome warmFloor = floor(bench, byFloor);
        assertThat(byPlatform).hasSize(DEPUTIES);
        assertThat(byFloor).hasSize(DEPUTIES);
        int differing = 0;
        for (Map.Entry<UUID, long[]> deputy : byFloor.entrySet()) {
            if (!Arrays.equals(deputy.getValue(), byPlatform.get(deputy.getKey()))) {
                differing++;
            }
        }
        assertThat(differing).as("deputies whose counts differ between the platform and the floor").isZero();
        long[] totals = new long[COLUMNS.size()];
        byFloor.values().forEach(counts -> {
            for (int i = 0; i < counts.length; i++) {
                totals[i] += counts[i];
            }
        });
        byPlatform.clear();
        byFloor.clear();
        System.out.printf(Locale.ROOT, "warm-up: platform %.2f s, floor %.2f s; all %d deputies agree%n",
                warmPlatform.seconds(), warmFloor.seconds(), DEPUTIES);

        List<Outcome> platformRuns = new ArrayList<>();
        List<Outcome> floorRuns = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            platformRuns.add(platform(bench, columnOfCheck, null));
            floorRuns.add(floor(bench, null));
            System.out.printf(Locale.ROOT, "run %d: platform %.2f s (peak heap %d MiB), floor %.2f s (peak heap %d MiB)%n", run + 1,
                    platformRuns.getLast().seconds(), mib(platformRuns.getLast().peakHeap()),
                    floorRuns.getLast().seconds(), mib(floorRuns.getLast().peakHeap()));
        }
        report(generated, platformRuns, floorRuns, totals);
        if (EXPLAIN) {
            explain(bench, term, profile);
        }
    }

    // ---------------------------------------------------------------------------------------------- measuring

    /** One measured run: seconds, deputies judged, verdicts per status, worst status per deputy, peak heap. */
    private record Outcome(double seconds, int deputies, Map<QuotaStatus, Long> verdicts, Map<QuotaStatus, Long> worst, long peakHeap) {
    }

    /** The platform path: the term's plan answered by the port for every deputy, each judged by the domain. */
    private Outcome platform(CongressId bench, int[] columnOfCheck, Map<UUID, long[]> collect) {
        Map<QuotaStatus, Long> verdicts = new EnumMap<>(QuotaStatus.class);
        Map<QuotaStatus, Long> worst = new EnumMap<>(QuotaStatus.class);
        int[] deputies = {0};
        return measure(() -> {
            transactions.readInCongress(bench, () -> {
                EffectiveProfile profile = profiles.effectiveIn(bench, ON);
                Term term = terms.calendar().termOn(ON).orElseThrow();
                compliance.evaluate(profile, term, ON, (deputy, standing) -> {
                    deputies[0]++;
                    QuotaStatus worstOfDeputy = QuotaStatus.MET;
                    for (QuotaVerdict verdict : standing.quotas()) {
                        verdicts.merge(verdict.status(), 1L, Long::sum);
                        worstOfDeputy = verdict.status().ordinal() > worstOfDeputy.ordinal() ? verdict.status() : worstOfDeputy;
                    }
                    worst.merge(worstOfDeputy, 1L, Long::sum);
                    if (collect != null) {
                        assertThat(standing.quotas()).hasSize(columnOfCheck.length);
                        long[] counts = new long[COLUMNS.size()];
                        for (int i = 0; i < columnOfCheck.length; i++) {
                            counts[columnOfCheck[i]] = standing.quotas().get(i).count().longValueExact();
                        }
                        collect.put(deputy.value(), counts);
                    }
                });
                return null;
            });
            return deputies[0];
        }, verdicts, worst);
    }

    /** The floor: one hand-written aggregate, every row read over JDBC on the same pool, role and RLS. */
    private Outcome floor(CongressId bench, Map<UUID, long[]> collect) {
        return measure(() -> transactions.readInCongress(bench, () -> jdbc.execute(connection -> {
            int rows = 0;
            try (PreparedStatement statement = connection.prepareStatement(FLOOR)) {
                bindFloor(statement);
                statement.setFetchSize(2_000);
                try (ResultSet row = statement.executeQuery()) {
                    long checksum = 0;
                    while (row.next()) {
                        rows++;
                        UUID id = row.getObject(1, UUID.class);
                        long[] counts = new long[COLUMNS.size()];
                        for (int i = 0; i < counts.length; i++) {
                            counts[i] = row.getLong(i + 2);
                            checksum += counts[i];
                        }
                        if (collect != null) {
                            collect.put(id, counts);
                        }
                    }
                    assertThat(checksum).isNotNegative();
                }
            }
            return rows;
        })), new EnumMap<>(QuotaStatus.class), new EnumMap<>(QuotaStatus.class));
    }

    private static void bindFloor(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Tally column : COLUMNS) {
            statement.setDate(index++, Date.valueOf(column.range().from()));
            statement.setDate(index++, Date.valueOf(column.range().to()));
        }
        for (Tally column : List.of(COLUMNS.get(0), COLUMNS.get(1))) {
            statement.setDate(index++, Date.valueOf(column.range().from()));
            statement.setDate(index++, Date.valueOf(column.range().to()));
        }
        statement.setObject(index, TERM_ID);
    }

    private Outcome measure(LongSupplier work, Map<QuotaStatus, Long> verdicts, Map<QuotaStatus, Long> worst) {
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long deputies = work.getAsLong();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        assertThat(deputies).as("deputies evaluated").isEqualTo(DEPUTIES);
        return new Outcome(seconds, (int) deputies, verdicts, worst, peak);
    }

    /**
     * For each check of the plan, in order (= the order of a deputy's verdicts, none of Qinghai's quotas has
     * an audience), the floor column holding its count. Also proves that bench inherits Qinghai's quotas.
     */
    private static int[] columnsOfChecks(EffectiveProfile profile) {
        List<Sourced<PolicyRule>> quotas = profile.rules().stream()
                .filter(rule -> rule.value().kind() == RuleKind.QUOTA && rule.value().enforcedAs() == Enforcement.ENFORCED
                        && rule.value().quota().isPresent())
                .toList();
        assertThat(quotas).as("bench inherits Qinghai's enforced quotas").hasSize(3)
                .allSatisfy(rule -> assertThat(rule.source()).isEqualTo("qinghai"));
        int[] columns = new int[quotas.size()];
        for (int i = 0; i < columns.length; i++) {
            Quota quota = quotas.get(i).value().quota().orElseThrow();
            Set<String> types = Set.copyOf(quota.counts());
            int column = -1;
            for (int c = 0; c < COLUMNS.size(); c++) {
                if (COLUMNS.get(c).types().equals(types) && COLUMNS.get(c).distinct().equals(quota.distinct())) {
                    column = c;
                }
            }
            assertThat(column).as("a floor column for %s", quotas.get(i).value().rule()).isNotNegative();
            columns[i] = column;
        }
        System.out.println("bench's effective quotas: " + quotas.stream()
                .map(rule -> rule.value().rule() + " " + rule.value().quota().orElseThrow().counts()
                        + rule.value().quota().orElseThrow().distinct().map(d -> " distinct " + d).orElse("")
                        + " ≥ " + rule.value().quota().orElseThrow().minimum() + " (from " + rule.source() + " v" + rule.version() + ")")
                .toList());
        return columns;
    }

    // --------------------------------------------------------------------------------------------- generating

    private record Generated(double seconds, Map<String, Double> phases, Map<String, Long> rows, String sizes) {
    }

    /**
     * The congress {@code bench} (CITY under {@code qinghai}, no profile of its own, so it inherits Qinghai's),
     * one term, the persons and deputies, a few hundred office holders and the duty records, generated by SQL
     * on the superuser's connection with every row's tenant_id set and every constraint (foreign keys
     * included) checked; then ANALYZE.
     */
    private Generated generate() throws SQLException {
        Map<String, Double> phases = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        long start = System.nanoTime();
        try (Connection db = BenchmarkDatabase.superuser(); Statement sql = db.createStatement()) {
            phase(phases, "congress, term", () -> {
                sql.execute("INSERT INTO congress (id, name, level, parent_id) VALUES ('bench', '基准测试市人民代表大会', 'CITY', 'qinghai')");
                sql.execute("INSERT INTO term (tenant_id, id, number, starts_on, ends_on) VALUES ('bench', '" + TERM_ID
                        + "', 1, DATE '" + TERM_START + "', DATE '" + TERM_END + "')");
            });
            phase(phases, "persons, deputies", () -> {
                rows.put("person", (long) sql.executeUpdate("""
                        INSERT INTO person (id, name)
                        SELECT md5('bench-person-' || i)::uuid, '基准代表' || i FROM generate_series(1, %d) i""".formatted(DEPUTIES)));
                // 40 % grassroots, 2 % military, one in ten elected in a district; all serving.
                rows.put("deputy", (long) sql.executeUpdate("""
                        INSERT INTO deputy (tenant_id, id, person_id, term_id, constituency, constituency_name, grassroots, military, status)
                        SELECT 'bench', md5('bench-deputy-' || i)::uuid, md5('bench-person-' || i)::uuid, '%s',
                               CASE WHEN i %% 10 = 0 THEN 'DISTRICT' ELSE 'ELECTING_UNIT' END, '第' || (i %% 400 + 1) || '选区',
                               i %% 5 < 2, i %% 50 = 7, 'ACTIVE'
                          FROM generate_series(1, %d) i""".formatted(TERM_ID, DEPUTIES)));
                // 300 offices held by deputies, a tenth of them already ended on the evaluation date.
                rows.put("position_assignment", (long) sql.executeUpdate("""
                        INSERT INTO position_assignment (tenant_id, id, position, person_id, from_date, until_date)
                        SELECT 'bench', md5('bench-office-' || i)::uuid,
                               (ARRAY['STANDING_COMMITTEE_MEMBER', 'PRESIDIUM_MEMBER', 'VICE_CHAIR', 'LIAISON_OFFICE_DIRECTOR'])[1 + i %% 4],
                               md5('bench-person-' || (1 + (i * 331) %% %d))::uuid, DATE '%s',
                               CASE WHEN i %% 10 = 0 THEN DATE '2025-06-30' END
                          FROM generate_series(1, 300) i""".formatted(DEPUTIES, TERM_START)));
            });
            phase(phases, "duty records", () -> {
                long inserted = 0;
                sql.execute("SELECT setseed(0.2026)");
                int chunk = 1_000_000;
                for (int from = 1; from <= RECORDS; from += chunk) {
                    inserted += sql.executeUpdate(records(from, Math.min(RECORDS, from + chunk - 1)));
                }
                rows.put("duty_record", inserted);
            });
            phase(phases, "ANALYZE", () -> {
                for (String table : List.of("congress", "term", "person", "deputy", "position_assignment", "duty_record")) {
                    sql.execute("ANALYZE " + table);
                }
            });
            String sizes;
            try (ResultSet size = sql.executeQuery("""
                    SELECT pg_size_pretty(pg_table_size('duty_record')), pg_size_pretty(pg_indexes_size('duty_record')),
                           pg_size_pretty(pg_relation_size('duty_record_counting'))""")) {
                size.next();
                sizes = "duty_record: table " + size.getString(1) + ", indexes " + size.getString(2)
                        + " (duty_record_counting " + size.getString(3) + ")";
            }
            try (ResultSet mix = sql.executeQuery("""
                    SELECT type, state, count(*) FROM duty_record WHERE tenant_id = 'bench' GROUP BY 1, 2 ORDER BY 1, 2""")) {
                StringBuilder text = new StringBuilder("records by type and state:");
                while (mix.next()) {
                    text.append(' ').append(mix.getString(1)).append('/').append(mix.getString(2)).append('=').append(mix.getLong(3));
                }
                System.out.println(text);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "generated in %.1f s %s: %s; %s%n", seconds, phases, rows, sizes);
            return new Generated(seconds, phases, rows, sizes);
        }
    }

    /**
     * Duty records {@code from..to} of {@link #RECORDS}, in the order they would have been registered: dated
     * evenly from the term's start to the evaluation date, each for a random deputy. A quarter of the
     * deputies (every fourth) are passive: no receptions or liaison-room activities, fewer visits. Types:
     * 30 % station receptions, 12 % liaison-room activities, 20 % fixed-contact visits (a counterpart among
     * five names), 5 % trainings, the rest spread over ten other types of the catalogue; 95 % CONFIRMED,
     * 3 % PENDING, 2 % REJECTED.
     */
    private static String records(int from, int to) {
        return """
                INSERT INTO duty_record (tenant_id, id, deputy_id, type, occurred_on, counterpart, source, state,
                                         rejection_reason, registered_by, registered_at)
                SELECT 'bench', gen_random_uuid(), md5('bench-deputy-' || d)::uuid, type, day,
                       CASE WHEN type = 'FIXED_CONTACT_VISIT'
                            THEN (ARRAY['牧民甲', '牧民乙', '村民丙', '居民丁', '社区戊'])[1 + floor(random() * 5)::int] END,
                       CASE WHEN type IN ('FIXED_CONTACT_VISIT', 'PUBLIC_CONTACT', 'FIXED_CONTACT_REMOTE', 'STUDY_REFLECTION')
                            THEN 'SELF' ELSE 'ORGANISER' END,
                       state, CASE WHEN state = 'REJECTED' THEN '无相关记录' END, 'bench-generator', day + time '10:00'
                  FROM (SELECT d, day,
                               CASE WHEN u < 0.30 THEN 'STATION_RECEPTION'
                                    WHEN u < 0.42 THEN 'LIAISON_ROOM_ACTIVITY'
                                    WHEN u < 0.62 THEN 'FIXED_CONTACT_VISIT'
                                    WHEN u < 0.67 THEN 'TRAINING'
                                    ELSE (ARRAY['SESSION_ATTENDANCE', 'SUGGESTION', 'INSPECTION', 'RESEARCH', 'PUBLIC_CONTACT',
                                                'FIXED_CONTACT_REMOTE', 'GROUP_ACTIVITY', 'LECTURE', 'VOTER_REPORT',
                                                'STUDY_REFLECTION'])[1 + least(9, floor((u - 0.67) / 0.033)::int)] END AS type,
                               CASE WHEN s < 0.95 THEN 'CONFIRMED' WHEN s < 0.98 THEN 'PENDING' ELSE 'REJECTED' END AS state
                          FROM (SELECT d, day, s, CASE WHEN d %% 4 = 0 THEN 0.5 + u * 0.5 ELSE u END AS u
                                  FROM (SELECT 1 + floor(random() * %d)::int AS d, random() AS u, random() AS s,
                                               DATE '%s' + ((g - 1) * (DATE '%s' - DATE '%s' + 1)::bigint / %d)::int AS day
                                          FROM generate_series(%d, %d) g) drawn) passive) typed""".formatted(
                DEPUTIES, TERM_START, ON, TERM_START, RECORDS, from, to);
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    private static void phase(Map<String, Double> phases, String name, SqlWork work) throws SQLException {
        long start = System.nanoTime();
        work.run();
        phases.put(name, Math.round((System.nanoTime() - start) / 1e8) / 10.0);
    }

    // ---------------------------------------------------------------------------------------------- reporting

    private void report(Generated generated, List<Outcome> platformRuns, List<Outcome> floorRuns, long[] totals) {
        Outcome bestPlatform = platformRuns.stream().min(Comparator.comparingDouble(Outcome::seconds)).orElseThrow();
        Outcome bestFloor = floorRuns.stream().min(Comparator.comparingDouble(Outcome::seconds)).orElseThrow();
        double worstPlatform = platformRuns.stream().mapToDouble(Outcome::seconds).max().orElseThrow();
        double worstFloor = floorRuns.stream().mapToDouble(Outcome::seconds).max().orElseThrow();
        double ratio = bestPlatform.seconds() / bestFloor.seconds();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < platformRuns.size(); i++) {
            ratios.add(platformRuns.get(i).seconds() / floorRuns.get(i).seconds());
        }
        long peakPlatform = platformRuns.stream().mapToLong(Outcome::peakHeap).max().orElseThrow();
        long peakFloor = floorRuns.stream().mapToLong(Outcome::peakHeap).max().orElseThrow();

        StringBuilder out = new StringBuilder("\n### Compliance benchmark\n\n");
        out.append(String.format(Locale.ROOT, "%,d deputies, %,d duty records (%s), evaluated on %s; %d measured runs of each after one warm-up; "
                        + "%d cores, max heap %d MiB, Java %s, PostgreSQL on localhost.%n%n",
                DEPUTIES, generated.rows().get("duty_record"), generated.sizes(), ON, RUNS,
                Runtime.getRuntime().availableProcessors(), mib(Runtime.getRuntime().maxMemory()), Runtime.version()));
        out.append("| path | best s | worst s | deputies/s (best) | peak heap (max of runs) |\n|---|---:|---:|---:|---:|\n");
        out.append(String.format(Locale.ROOT, "| platform: `ComplianceRun.evaluate` in `readInCongress` | %.2f | %.2f | %,.0f | %d MiB |%n",
                bestPlatform.seconds(), worstPlatform, DEPUTIES / bestPlatform.seconds(), mib(peakPlatform)));
        out.append(String.format(Locale.ROOT, "| floor: one hand-written SQL aggregate over JDBC | %.2f | %.2f | %,.0f | %d MiB |%n",
                bestFloor.seconds(), worstFloor, DEPUTIES / bestFloor.seconds(), mib(peakFloor)));
        out.append(String.format(Locale.ROOT, "%nratio platform/floor (best/best): **%.2f**; per run: %s%n", ratio,
                ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList()));
        out.append(String.format(Locale.ROOT, "platform runs: %s s; floor runs: %s s%n",
                platformRuns.stream().map(o -> String.format(Locale.ROOT, "%.2f", o.seconds())).toList(),
                floorRuns.stream().map(o -> String.format(Locale.ROOT, "%.2f", o.seconds())).toList()));
        out.append(String.format(Locale.ROOT, "targets: all deputies under %.0f s — %s (%.2f s); within %.0f× of the floor — %s (%.2f)%n",
                TARGET_SECONDS, bestPlatform.seconds() < TARGET_SECONDS ? "met" : "MISSED", bestPlatform.seconds(),
                TARGET_RATIO, ratio <= TARGET_RATIO ? "met" : "MISSED", ratio));
        out.append(String.format(Locale.ROOT, "generation: %.1f s %s, rows %s%n", generated.seconds(), generated.phases(), generated.rows()));
        out.append("verdicts per status: ").append(bestPlatform.verdicts()).append("; worst status per deputy: ")
                .append(bestPlatform.worst()).append('\n');
        out.append("counted over all deputies (training, receptions+liaison-room, visits): ")
                .append(Arrays.toString(totals)).append('\n');
        System.out.println(out);
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }

    // ---------------------------------------------------------------------------------------------- explaining

    /** EXPLAIN (ANALYZE, BUFFERS) of the adapter's query with the plan's real arrays, and of the floor. */
    private void explain(CongressId bench, Term term, EffectiveProfile profile) {
        CountingPlan plan = ComplianceEvaluator.forPlan(profile, term, ON).plan();
        transactions.readInCongress(bench, () -> jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + TallyQuery.SQL)) {
                TallyQuery.bind(connection, statement, term.id(), plan, ON);
                print("platform (ComplianceCountsAdapter) query plan", statement);
            }
            try (PreparedStatement statement = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + FLOOR)) {
                bindFloor(statement);
                print("floor query plan", statement);
            }
            return null;
        }));
    }

    private static void print(String title, PreparedStatement explain) throws SQLException {
        StringBuilder plan = new StringBuilder("\n#### " + title + "\n\n```\n");
        try (ResultSet line = explain.executeQuery()) {
            while (line.next()) {
                plan.append(line.getString(1)).append('\n');
            }
        }
        System.out.println(plan.append("```"));
    }
}
