package org.lvzhi.bootstrap.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmarks' province, generated with SQL in the product's tables: congresses under Qinghai (inheriting its
 * profile), each with one term, deputy groups (one per 600 deputies), liaison stations (one per 1,500), handling units,
 * persons and deputies (2 % resigned), a compliance standing per deputy, duty records dated evenly over the term up to
 * {@link #ON}, suggestions over the term, and the head of unit 1 with a login.
 *
 * <p>The large tables ({@code duty_record}, {@code suggestion}, {@code suggestion_unit}) are loaded with their
 * secondary indexes dropped and without per-row foreign-key triggers, in slices of {@value #SLICE} rows from
 * {@code bench.connections} connections at once (4 by default); then every foreign key of those tables is checked once
 * as an anti-join (a failed check fails the benchmark), the indexes are built again from their own definitions, one
 * per connection at a time, and every table is analysed.
 */
final class ProvinceDataSet {

    static final String ON = "2026-11-23";

    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 4);
    private static final int SLICE = 250_000;
    private static final List<String> LOADED = List.of("duty_record", "suggestion", "suggestion_unit");

    /** One congress to generate: its slug and its sizes. */
    record Congress(String tenant, int deputies, int records, int suggestions, int units) {
    }

    private final Map<String, Double> phases = new LinkedHashMap<>();

    /** Seconds per phase of the last generation, in the order they ran. */
    Map<String, Double> phases() {
        return phases;
    }

    /** Generates the congresses; returns the seconds it took. */
    double generate(List<Congress> congresses) throws SQLException {
        long started = System.nanoTime();
        try (Connection db = BenchmarkDatabase.superuser(); Statement sql = db.createStatement()) {
            sql.execute("SET synchronous_commit = off");
            for (Congress congress : congresses) {
                phase("congresses, units, persons, deputies, standings", () -> register(sql, congress));
            }
            List<String[]> indexes = secondaryIndexes(sql);
            phase("drop the large tables' secondary indexes", () -> {
                for (String[] index : indexes) {
                    sql.execute("DROP INDEX " + index[0]);
                }
            });
            List<String> slices = new ArrayList<>();
            for (Congress congress : congresses) {
                for (int from = 1; from <= congress.records(); from += SLICE) {
                    slices.add(records(congress, from, Math.min(congress.records(), from + SLICE - 1)));
                }
            }
            inParallel("duty records", slices);
            slices.clear();
            for (Congress congress : congresses) {
                for (int from = 1; from <= congress.suggestions(); from += SLICE) {
                    slices.add(suggestions(congress, from, Math.min(congress.suggestions(), from + SLICE - 1)));
                }
            }
            inParallel("suggestions and their units", slices);
            long orphans = inParallel("foreign keys of the loaded tables, checked once", foreignKeyChecks(sql));
            assertThat(orphans).as("loaded rows whose foreign keys point nowhere").isZero();
            inParallel("secondary indexes built", indexes.stream().map(index -> index[1]).toList());
            inParallel("ANALYZE", tables(sql).stream().map(table -> "ANALYZE " + table).toList());
        }
        return seconds(started);
    }

    private static void register(Statement sql, Congress congress) throws SQLException {
        String tenant = congress.tenant();
        int deputies = congress.deputies();
        String term = uuid(tenant, "term", 1);
        sql.execute("INSERT INTO congress (id, name, level, parent_id) VALUES ('%s', '基准测试%s人民代表大会', 'CITY', 'qinghai')"
                .formatted(tenant, tenant));
        sql.execute("INSERT INTO term (tenant_id, id, number, starts_on, ends_on) VALUES ('%s', '%s', 1, DATE '2023-01-15', DATE '2028-01-14')"
                .formatted(tenant, term));
        unitsOf(sql, tenant, "group", "DEPUTY_GROUP", "代表小组", groups(deputies));
        unitsOf(sql, tenant, "station", "LIAISON_STATION", "代表联络站", stations(deputies));
        unitsOf(sql, tenant, "unit", "HANDLING_UNIT", "承办单位", congress.units());
        sql.execute("""
                INSERT INTO person (id, name)
                SELECT md5('%1$s-person-' || i)::uuid,
                       (ARRAY['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'])[1 + i %% 10] || md5('n' || i)::text
                  FROM generate_series(1, %2$d) i""".formatted(tenant, deputies));
        sql.execute("""
                INSERT INTO deputy (tenant_id, id, person_id, term_id, constituency, constituency_name, deputy_group_id,
                                    liaison_station_id, grassroots, military, status)
                SELECT '%1$s', md5('%1$s-deputy-' || i)::uuid, md5('%1$s-person-' || i)::uuid, '%2$s', 'ELECTING_UNIT', '某选区',
                       md5('%1$s-group-' || (1 + i %% %3$d))::uuid, md5('%1$s-station-' || (1 + i %% %4$d))::uuid,
                       i %% 5 < 2, i %% 50 = 7, CASE WHEN i %% 50 = 1 THEN 'RESIGNED' ELSE 'ACTIVE' END
                  FROM generate_series(1, %5$d) i""".formatted(tenant, term, groups(deputies), stations(deputies), deputies));
        // The standing's trigger looks its deputy's name up by key: a plan it cached while the table was small (another
        // congress generated before) would scan the table for every standing.
        sql.execute("ANALYZE deputy");
        sql.execute("""
                INSERT INTO compliance_standing (tenant_id, deputy_id, evaluated_on, worst_status, verdicts)
                SELECT '%1$s', md5('%1$s-deputy-' || i)::uuid, DATE '%2$s', (ARRAY['MET', 'ON_TRACK', 'AT_RISK', 'BEHIND'])[1 + i %% 4],
                       jsonb_build_array(jsonb_build_object('rule', 'QH-7.2', 'article', '第七条第（二）项', 'count', i %% 5,
                           'minimum', 3, 'status', CASE WHEN i %% 5 >= 3 THEN 'MET' ELSE 'AT_RISK' END))
                  FROM generate_series(1, %3$d) i""".formatted(tenant, ON, deputies));
        sql.execute("""
                INSERT INTO person (id, name, login) VALUES (md5('%1$s-head')::uuid, '承办单位负责人', '%2$s')
                ON CONFLICT (login) DO NOTHING""".formatted(tenant, tenant.equals("bench") ? "bench-unit" : tenant + "-unit"));
        sql.execute("""
                INSERT INTO position_assignment (tenant_id, id, position, person_id, unit_id, from_date)
                VALUES ('%1$s', md5('%1$s-head-office')::uuid, 'HANDLING_UNIT_HEAD', md5('%1$s-head')::uuid, '%2$s', DATE '2023-01-15')"""
                .formatted(tenant, uuid(tenant, "unit", 1)));
    }

    private static void unitsOf(Statement sql, String tenant, String key, String kind, String name, int count) throws SQLException {
        sql.execute("""
                INSERT INTO organisation_unit (tenant_id, id, kind, name)
                SELECT '%1$s', md5('%1$s-%2$s-' || i)::uuid, '%3$s', '%4$s' || i FROM generate_series(1, %5$d) i"""
                .formatted(tenant, key, kind, name, count));
    }

    /**
     * Records {@code from}…{@code to} of the congress's, dated evenly over the term up to the benchmark's date, each for a
     * random deputy: 30 % receptions, 12 % liaison-room activities, 20 % fixed-contact visits, 5 % trainings, the rest
     * ten other types; 95 % confirmed.
     */
    private static String records(Congress congress, int from, int to) {
        return """
                INSERT INTO duty_record (tenant_id, id, deputy_id, type, occurred_on, counterpart, source, state, registered_by, registered_at)
                SELECT '%1$s', gen_random_uuid(), md5('%1$s-deputy-' || (1 + floor(random() * %2$d)::int))::uuid, type, day,
                       CASE WHEN type = 'FIXED_CONTACT_VISIT' THEN '村民' || (1 + floor(random() * 5)::int) END, 'ORGANISER',
                       CASE WHEN s < 0.95 THEN 'CONFIRMED' ELSE 'PENDING' END, 'bench-generator', day + time '10:00'
                  FROM (SELECT random() AS s, DATE '2023-01-15' + ((g - 1) * (DATE '%3$s' - DATE '2023-01-15' + 1)::bigint / %4$d)::int AS day,
                               CASE WHEN u < 0.30 THEN 'STATION_RECEPTION' WHEN u < 0.42 THEN 'LIAISON_ROOM_ACTIVITY'
                                    WHEN u < 0.62 THEN 'FIXED_CONTACT_VISIT' WHEN u < 0.67 THEN 'TRAINING'
                                    ELSE (ARRAY['SESSION_ATTENDANCE', 'SUGGESTION', 'INSPECTION', 'RESEARCH', 'PUBLIC_CONTACT',
                                                'FIXED_CONTACT_REMOTE', 'GROUP_ACTIVITY', 'LECTURE', 'VOTER_REPORT',
                                                'STUDY_REFLECTION'])[1 + least(9, floor((u - 0.67) / 0.033)::int)] END AS type
                          FROM (SELECT g, random() AS u FROM generate_series(%5$d, %6$d) g) drawn) typed"""
                .formatted(congress.tenant(), congress.deputies(), ON, congress.records(), from, to);
    }

    /**
     * Suggestions {@code from}…{@code to} of the congress's, drafted over the term: a fifth awaiting a reply (assigned or
     * re-assigned, due 3 or 6 months after assignment), the rest submitted, accepted, refused, replied or closed; every
     * assigned one with its lead unit, written by the same statement.
     */
    private static String suggestions(Congress congress, int from, int to) {
        return """
                WITH drafted AS (
                INSERT INTO suggestion (tenant_id, id, term_id, sponsor_id, title, content, state, round, complex, assigned_on,
                                        reply_due_on, feedback_due_on, drafted_at)
                SELECT '%1$s', md5('%1$s-suggestion-' || g)::uuid, '%2$s', md5('%1$s-deputy-' || (1 + g %% %3$d))::uuid,
                       '关于第' || g || '号事项的建议', '建议有关部门研究办理。', state, CASE WHEN state = 'REASSIGNED' THEN 2 ELSE 1 END,
                       complex, assigned, assigned + CASE WHEN complex THEN 183 ELSE 92 END, NULL, drafted
                  FROM (SELECT g, drafted, complex,
                               CASE WHEN state IN ('SUBMITTED', 'ACCEPTED', 'REFUSED') THEN NULL ELSE drafted::date + 20 END AS assigned,
                               state
                          FROM (SELECT g, g %% 7 = 0 AS complex,
                                       timestamptz '2023-02-01 09:00+08' + (g::float / %4$d) * (DATE '%5$s' - DATE '2023-02-01') * interval '1 day'
                                           AS drafted,
                                       (ARRAY['ASSIGNED', 'ASSIGNED', 'REASSIGNED', 'ASSIGNED', 'CLOSED', 'CLOSED', 'CLOSED', 'REPLIED',
                                              'REPLIED', 'SUBMITTED', 'ACCEPTED', 'REFUSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED',
                                              'CLOSED', 'CLOSED', 'CLOSED'])[1 + g %% 20] AS state
                                  FROM generate_series(%6$d, %7$d) g) drawn) dated
                RETURNING id, assigned_on)
                INSERT INTO suggestion_unit (tenant_id, suggestion_id, unit_id, role, ordinal)
                SELECT '%1$s', id, md5('%1$s-unit-' || (1 + abs(hashtext(id::text)) %% %8$d))::uuid, 'LEAD', 0
                  FROM drafted WHERE assigned_on IS NOT NULL"""
                .formatted(congress.tenant(), uuid(congress.tenant(), "term", 1), congress.deputies(), congress.suggestions(), ON,
                        from, to, congress.units());
    }

    /** The loaded tables' secondary indexes (name, definition): neither primary keys nor any constraint's index. */
    private static List<String[]> secondaryIndexes(Statement sql) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        for (String table : LOADED) {
            try (ResultSet found = sql.getConnection().createStatement().executeQuery("""
                    SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
                     WHERE i.indrelid = '%s'::regclass AND NOT i.indisprimary
                       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)""".formatted(table))) {
                while (found.next()) {
                    indexes.add(new String[] {found.getString(1), found.getString(2)});
                }
            }
        }
        return indexes;
    }

    /** One count per foreign key of the loaded tables: its rows whose key points nowhere, as one anti-join. */
    private static List<String> foreignKeyChecks(Statement sql) throws SQLException {
        List<String> checks = new ArrayList<>();
        for (String table : LOADED) {
            try (ResultSet keys = sql.getConnection().createStatement().executeQuery("""
                    SELECT confrelid::regclass::text,
                           (SELECT string_agg(format('t.%%I = r.%%I', a.attname, b.attname), ' AND ')
                              FROM unnest(conkey, confkey) AS k(c, f)
                              JOIN pg_attribute a ON a.attrelid = conrelid AND a.attnum = k.c
                              JOIN pg_attribute b ON b.attrelid = confrelid AND b.attnum = k.f),
                           (SELECT string_agg(format('t.%%I IS NOT NULL', a.attname), ' AND ')
                              FROM unnest(conkey) AS k(c) JOIN pg_attribute a ON a.attrelid = conrelid AND a.attnum = k.c)
                      FROM pg_constraint WHERE contype = 'f' AND conrelid = '%s'::regclass""".formatted(table))) {
                while (keys.next()) {
                    checks.add("SELECT count(*) FROM " + table + " t WHERE " + keys.getString(3) + " AND NOT EXISTS (SELECT 1 FROM "
                            + keys.getString(1) + " r WHERE " + keys.getString(2) + ")");
                }
            }
        }
        return checks;
    }

    private static List<String> tables(Statement sql) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = sql.getConnection().createStatement().executeQuery(
                "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' ORDER BY pg_total_relation_size(quote_ident(tablename)) DESC")) {
            while (found.next()) {
                tables.add(found.getString(1));
            }
        }
        return tables;
    }

    /**
     * Runs the statements from {@code bench.connections} connections at once, each taking the next statement when it is
     * done with one; returns the sum of the counts the queries
     * among them answered.
     */
    private long inParallel(String phase, List<String> statements) throws SQLException {
        Queue<String> queue = new ConcurrentLinkedQueue<>(statements);
        AtomicLong counted = new AtomicLong();
        phase(phase, () -> {
            try (ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS)) {
                List<Future<Void>> workers = new ArrayList<>();
                for (int i = 0; i < CONNECTIONS; i++) {
                    workers.add(pool.submit(() -> {
                        drain(queue, counted);
                        return null;
                    }));
                }
                for (Future<Void> worker : workers) {
                    worker.get();
                }
            } catch (ExecutionException e) {
                throw new SQLException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException(e);
            }
        });
        return counted.get();
    }

    private static void drain(Queue<String> queue, AtomicLong counted) throws SQLException {
        try (Connection db = BenchmarkDatabase.superuser(); Statement sql = db.createStatement()) {
            sql.execute("SET synchronous_commit = off");
            sql.execute("SET maintenance_work_mem = '256MB'");
            // Foreign keys are checked once for the whole load, not by a trigger per row.
            sql.execute("SET session_replication_role = replica");
            for (String next = queue.poll(); next != null; next = queue.poll()) {
                if (sql.execute(next)) {
                    try (ResultSet count = sql.getResultSet()) {
                        count.next();
                        counted.addAndGet(count.getLong(1));
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    private void phase(String name, SqlWork work) throws SQLException {
        long start = System.nanoTime();
        work.run();
        phases.merge(name, seconds(start), (before, more) -> Math.round((before + more) * 10) / 10.0);
    }

    static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
    }

    static int groups(int deputies) {
        return Math.max(1, deputies / 600);
    }

    private static int stations(int deputies) {
        return Math.max(1, deputies / 1500);
    }

    /** The id the generator gave the {@code i}-th row of a kind in a congress. */
    static String uuid(String tenant, String key, int i) {
        return md5Uuid(tenant + "-" + key + "-" + i);
    }

    /** PostgreSQL's md5(text)::uuid, so the benchmark names the rows the generator made. */
    private static String md5Uuid(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-"
                    + hex.substring(20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
