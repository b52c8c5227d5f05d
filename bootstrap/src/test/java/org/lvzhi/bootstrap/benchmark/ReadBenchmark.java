package org.lvzhi.bootstrap.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lvzhi.adapter.persistence.testing.TestDatabase;
import org.lvzhi.bootstrap.StatementLog;

/**
 * The read benchmark (docs/benchmarks.md, "Reads at a province's size"): not part of the test suite, run on its own with
 * {@code -Dtest=ReadBenchmark}.
 *
 * <p>Generates in the product's tables, with SQL, a congress {@code bench} of {@code bench.deputies} deputies,
 * {@code bench.records} duty records and {@code bench.suggestions} suggestions, and a congress {@code bench-small} of a
 * thousandth of that; then times each everyday read through HTTP with the real security (local tokens), counts the JDBC
 * statements of every request, and times a hand-written SQL floor for the same answer on the app role under row-level
 * security in the same run. Prints a Markdown table, then the floors' plans.
 *
 * <p>System properties: {@code bench.deputies} (300000), {@code bench.records} (6000000), {@code bench.suggestions}
 * (2000000), {@code bench.requests} per read (200).
 */
@MicronautTest(transactional = false, environments = "readbench")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadBenchmark implements TestPropertyProvider {

    private static final int DEPUTIES = Integer.getInteger("bench.deputies", 300_000);
    private static final int RECORDS = Integer.getInteger("bench.records", 6_000_000);
    private static final int SUGGESTIONS = Integer.getInteger("bench.suggestions", 2_000_000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    private static final int UNITS = 200;
    private static final String ON = "2026-11-23";

    /** Floors: the hand-written SQL for each read's answer, the tenant set as the platform sets it. */
    private static final String ARCHIVE_FLOOR = """
            SELECT r.*, count(*) FILTER (WHERE r.state = 'CONFIRMED') OVER (PARTITION BY r.type) AS counted,
                   (SELECT json_agg(c) FROM supervision_case c WHERE c.deputy_id = r.deputy_id) AS cases
              FROM duty_record r
             WHERE r.deputy_id = ?::uuid AND r.occurred_on BETWEEN DATE '2023-01-15' AND DATE '2028-01-14'""";
    private static final String STATISTICS_FLOOR = """
            SELECT d.id, p.name, count(*) OVER () AS total,
                   (SELECT count(*) FROM duty_record r WHERE r.deputy_id = d.id AND r.state = 'CONFIRMED'
                       AND r.occurred_on >= DATE '2026-01-01' AND r.occurred_on < DATE '2027-01-01') AS records,
                   (SELECT count(*) FROM absence b WHERE b.deputy_id = d.id
                       AND b.absent_on >= DATE '2026-01-01' AND b.absent_on < DATE '2027-01-01') AS absences,
                   s.verdicts
              FROM deputy d JOIN person p ON p.id = d.person_id
              LEFT JOIN compliance_standing s ON s.tenant_id = d.tenant_id AND s.deputy_id = d.id
             ORDER BY p.name, d.id LIMIT 50 OFFSET ?""";
    private static final String AWAITING_FLOOR = """
            SELECT s.id, s.title, s.state, s.reply_due_on, count(*) OVER () AS total
              FROM suggestion_unit u JOIN suggestion s ON s.tenant_id = u.tenant_id AND s.id = u.suggestion_id
             WHERE u.unit_id = ?::uuid AND s.state IN ('ASSIGNED', 'REASSIGNED')
             ORDER BY s.reply_due_on, s.id LIMIT 20 OFFSET ?""";
    private static final String OVERVIEW_FLOOR = """
            SELECT s.deputy_id, p.name, s.worst_status, s.verdicts, count(*) OVER () AS total
              FROM compliance_standing s JOIN deputy d ON d.tenant_id = s.tenant_id AND d.id = s.deputy_id
              JOIN person p ON p.id = d.person_id
             ORDER BY array_position(ARRAY['MET', 'ON_TRACK', 'AT_RISK', 'BEHIND'], s.worst_status) DESC, p.name, s.deputy_id
             LIMIT 20 OFFSET ?""";

    @Inject EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Random random = new Random(2026);

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = BenchmarkDatabase.properties("read-benchmark");
        StatementLog.countOn(properties);
        return properties;
    }

    @Test
    void readsAtAProvincesSize() throws Exception {
        Map<String, Double> generation = new LinkedHashMap<>();
        long started = System.nanoTime();
        try (Connection db = BenchmarkDatabase.superuser(); Statement sql = db.createStatement()) {
            sql.execute("SET synchronous_commit = off");
            sql.execute("SET maintenance_work_mem = '512MB'");
            // The small congress first: its indexes are rebuilt over nearly empty tables, not over the large one's rows.
            generate(sql, "bench-small", Math.max(1, DEPUTIES / 1000), Math.max(1, RECORDS / 1000), Math.max(1, SUGGESTIONS / 1000), 5,
                    generation);
            generate(sql, "bench", DEPUTIES, RECORDS, SUGGESTIONS, UNITS, generation);
            long analyze = System.nanoTime();
            sql.execute("ANALYZE");
            generation.put("ANALYZE", seconds(analyze));
        }
        double generated = seconds(started);
        System.out.printf(Locale.ROOT, "generated in %.1f s: %s%n", generated, generation);

        String liaison = token("bench-liaison");
        String unitHead = token("bench-unit");
        String small = token("small-liaison");
        String unit = uuid("bench", "unit", 1);
        int statisticsPages = DEPUTIES / 50;
        int awaitingPages = 5;
        List<Result> results = new ArrayList<>();
        results.add(measure("one deputy's archive", 5, i -> "/api/v1/deputies/" + deputy("bench", DEPUTIES) + "/archive?on=" + ON,
                liaison, "bench", ARCHIVE_FLOOR, i -> List.of(deputy("bench", DEPUTIES))));
        results.add(measure("statistics per deputy, a page of 50", 3,
                i -> "/api/v1/statistics/deputies?year=2026", liaison, "bench",
                STATISTICS_FLOOR, i -> List.of(50 * random.nextInt(Math.min(statisticsPages, 100)))));
        results.add(measure("statistics per deputy, one deputy group", 3,
                i -> "/api/v1/statistics/deputies?year=2026&deputyGroupId=" + uuid("bench", "group", 1 + random.nextInt(groups(DEPUTIES))),
                liaison, "bench", null, null));
        results.add(measure("a handling unit's open suggestions (its head)", 3,
                i -> "/api/v1/suggestions/awaiting-reply", unitHead, "bench",
                AWAITING_FLOOR, i -> List.of(unit, 20 * random.nextInt(awaitingPages))));
        results.add(measure("compliance overview, a page", 3, i -> "/api/v1/compliance-overview", liaison,
                "bench", OVERVIEW_FLOOR, i -> List.of(20 * random.nextInt(50))));
        results.add(interleaved(liaison, small));
        Export export = export(liaison);
        report(generated, generation, results);
        System.out.println(export);
        explainFloors(unit);
        assertThat(results).allSatisfy(result -> assertThat(result.errors()).as(result.read()).isZero());
        assertThat(export.rows()).as("every deputy of the congress is a row of the export").isEqualTo(DEPUTIES);
    }

    // ---------------------------------------------------------------------------------------------- the export

    /** The streamed export of the large congress's figures per deputy, timed to its first byte and to its end. */
    private record Export(double firstByteMillis, double firstRowMillis, double totalMillis, long bytes, long rows, int statements,
            long peakHeapMiB) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%n### Export%n%n| rows | first byte ms | first deputy's row ms | whole file ms | bytes "
                    + "| statements | peak heap MiB |%n|---:|---:|---:|---:|---:|---:|---:|%n| %,d | %.0f | %.0f | %.0f | %,d | %d | %d |%n",
                    rows, firstByteMillis, firstRowMillis, totalMillis, bytes, statements, peakHeapMiB);
        }
    }

    /**
     * Reads the XLSX as it arrives: the time to its first byte, to its last, its sheet's rows counted while unzipping (no
     * workbook is built on this side either), and the peak of the JVM's heap pools (server and client share it) after a
     * collection and a reset of every pool's peak, so it bounds what the export held.
     */
    private Export export(String token) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        StatementLog.clear();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/api/v1/statistics/deputies.xlsx?year=2026"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long[] firstByte = {0};
        long[] bytes = {0};
        InputStream timed = new FilterInputStream(response.body()) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                if (read > 0 && bytes[0] == 0) {
                    firstByte[0] = System.nanoTime();
                }
                bytes[0] += Math.max(read, 0);
                return read;
            }
        };
        long rows = 0;
        long[] firstRow = {0};
        try (ZipInputStream zip = new ZipInputStream(timed)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    rows = rowsIn(zip, firstRow) - 1; // the header
                }
            }
            timed.transferTo(OutputStream.nullOutputStream());
        }
        long ended = System.nanoTime();
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        return new Export((firstByte[0] - started) / 1e6, (firstRow[0] - started) / 1e6, (ended - started) / 1e6, bytes[0], rows, StatementLog.executed().size(), peak);
    }

    /** The {@code <row } tags of a sheet's XML, counted as it streams by; when the first deputy's row (the second) came. */
    private static long rowsIn(InputStream sheet, long[] firstRow) throws IOException {
        byte[] tag = "<row ".getBytes(StandardCharsets.US_ASCII);
        byte[] buffer = new byte[64 * 1024];
        long rows = 0;
        int matched = 0;
        for (int read = sheet.read(buffer); read > 0; read = sheet.read(buffer)) {
            for (int i = 0; i < read; i++) {
                matched = buffer[i] == tag[matched] ? matched + 1 : buffer[i] == tag[0] ? 1 : 0;
                if (matched == tag.length) {
                    rows++;
                    matched = 0;
                    if (rows == 2) {
                        firstRow[0] = System.nanoTime();
                    }
                }
            }
        }
        return rows;
    }

    // ---------------------------------------------------------------------------------------------- generating

    /** One congress under Qinghai (inheriting its profile) with its units, deputies, records, suggestions and standings. */
    private static void generate(Statement sql, String tenant, int deputies, int records, int suggestions, int units,
            Map<String, Double> phases) throws SQLException {
        String term = uuid(tenant, "term", 1);
        phase(phases, tenant + ": congress, units, persons, deputies, standings", () -> {
            sql.execute("INSERT INTO congress (id, name, level, parent_id) VALUES ('%s', '基准测试%s人民代表大会', 'CITY', 'qinghai')"
                    .formatted(tenant, tenant));
            sql.execute("INSERT INTO term (tenant_id, id, number, starts_on, ends_on) VALUES ('%s', '%s', 1, DATE '2023-01-15', DATE '2028-01-14')"
                    .formatted(tenant, term));
            unitsOf(sql, tenant, "group", "DEPUTY_GROUP", "代表小组", groups(deputies));
            unitsOf(sql, tenant, "station", "LIAISON_STATION", "代表联络站", stations(deputies));
            unitsOf(sql, tenant, "unit", "HANDLING_UNIT", "承办单位", units);
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
        });
        withoutIndexes(sql, List.of("duty_record"), phases, tenant + ": duty records", () -> {
            for (int from = 1; from <= records; from += 1_000_000) {
                sql.execute(records(tenant, deputies, records, from, Math.min(records, from + 999_999)));
            }
        });
        withoutIndexes(sql, List.of("suggestion", "suggestion_unit"), phases, tenant + ": suggestions", () -> {
            sql.execute(suggestions(tenant, term, deputies, suggestions));
            sql.execute("""
                    INSERT INTO suggestion_unit (tenant_id, suggestion_id, unit_id, role, ordinal)
                    SELECT '%1$s', id, md5('%1$s-unit-' || (1 + abs(hashtext(id::text)) %% %2$d))::uuid, 'LEAD', 0
                      FROM suggestion WHERE tenant_id = '%1$s' AND assigned_on IS NOT NULL""".formatted(tenant, units));
        });
    }

    private static void unitsOf(Statement sql, String tenant, String key, String kind, String name, int count) throws SQLException {
        sql.execute("""
                INSERT INTO organisation_unit (tenant_id, id, kind, name)
                SELECT '%1$s', md5('%1$s-%2$s-' || i)::uuid, '%3$s', '%4$s' || i FROM generate_series(1, %5$d) i"""
                .formatted(tenant, key, kind, name, count));
    }

    /**
     * Records dated evenly over the term up to the benchmark's date, each for a random deputy: 30 % receptions, 12 %
     * liaison-room activities, 20 % fixed-contact visits, 5 % trainings, the rest ten other types; 95 % confirmed.
     */
    private static String records(String tenant, int deputies, int records, int from, int to) {
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
                .formatted(tenant, deputies, ON, records, from, to);
    }

    /**
     * Suggestions drafted over the term: a fifth awaiting a reply (assigned or re-assigned, due 3 or 6 months after
     * assignment), the rest submitted, accepted, refused, replied or closed.
     */
    private static String suggestions(String tenant, String term, int deputies, int suggestions) {
        return """
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
                                  FROM generate_series(1, %4$d) g) drawn) dated"""
                .formatted(tenant, term, deputies, suggestions, ON);
    }

    /** Loads a table with its secondary indexes dropped and builds them again after (the keys stay, so every row is checked). */
    private static void withoutIndexes(Statement sql, List<String> tables, Map<String, Double> phases, String name, SqlWork load)
            throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        for (String table : tables) {
            try (ResultSet found = sql.getConnection().createStatement().executeQuery("""
                    SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
                     WHERE i.indrelid = '%s'::regclass AND NOT i.indisprimary
                       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)""".formatted(table))) {
                while (found.next()) {
                    indexes.add(new String[] {found.getString(1), found.getString(2)});
                }
            }
        }
        phase(phases, name, () -> {
            for (String[] index : indexes) {
                sql.execute("DROP INDEX " + index[0]);
            }
            // Foreign keys are checked once for the whole load below, not by a trigger per row.
            sql.execute("SET session_replication_role = replica");
            load.run();
            sql.execute("SET session_replication_role = DEFAULT");
        });
        phase(phases, name + " (foreign keys)", () -> {
            for (String table : tables) {
                assertThat(orphans(sql, table)).as("rows of %s whose foreign keys point nowhere", table).isZero();
            }
        });
        phase(phases, name + " (indexes)", () -> {
            for (String[] index : indexes) {
                sql.execute(index[1]);
            }
        });
    }

    /** Rows of the table failing any of its foreign keys, each checked as one anti-join. */
    private static long orphans(Statement sql, String table) throws SQLException {
        List<String> checks = new ArrayList<>();
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
        long orphans = 0;
        for (String check : checks) {
            try (ResultSet count = sql.getConnection().createStatement().executeQuery(check)) {
                count.next();
                orphans += count.getLong(1);
            }
        }
        return orphans;
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    private static void phase(Map<String, Double> phases, String name, SqlWork work) throws SQLException {
        long start = System.nanoTime();
        work.run();
        phases.merge(name, seconds(start), Double::sum);
    }

    private static int groups(int deputies) {
        return Math.max(1, deputies / 600);
    }

    private static int stations(int deputies) {
        return Math.max(1, deputies / 1500);
    }

    private static String uuid(String tenant, String key, int i) {
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

    private String deputy(String tenant, int deputies) {
        return uuid(tenant, "deputy", 1 + random.nextInt(deputies));
    }

    // ---------------------------------------------------------------------------------------------- measuring

    /** One read: latencies through HTTP, statements per request, and its floor's latencies when it has one. */
    private record Result(String read, int budget, double[] millis, int[] statements, int errors, double[] floorMillis) {

        double p(double[] values, double share) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[Math.max(0, (int) Math.ceil(share * sorted.length) - 1)];
        }
    }

    @FunctionalInterface
    private interface PathOf {
        String path(int request);
    }

    @FunctionalInterface
    private interface FloorParameters {
        List<Object> of(int request);
    }

    private Result measure(String read, int budget, PathOf path, String token, String tenant, String floor, FloorParameters parameters)
            throws SQLException {
        for (int i = 0; i < 20; i++) {
            get(path.path(i), token);
        }
        double[] millis = new double[REQUESTS];
        int[] statements = new int[REQUESTS];
        int errors = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String wanted = path.path(i);
            StatementLog.clear();
            long start = System.nanoTime();
            int status = get(wanted, token);
            millis[i] = (System.nanoTime() - start) / 1e6;
            statements[i] = StatementLog.executed().size();
            errors += status == 200 ? 0 : 1;
        }
        double[] floorMillis = floor == null ? null : floor(tenant, floor, parameters);
        return new Result(read, budget, millis, statements, errors, floorMillis);
    }

    /** The same archive read alternating between the small congress and the large one, so each follows the other. */
    private Result interleaved(String large, String small) throws SQLException {
        double[] millis = new double[REQUESTS];
        int[] statements = new int[REQUESTS];
        int errors = 0;
        int smallDeputies = Math.max(1, DEPUTIES / 1000);
        for (int i = 0; i < REQUESTS; i++) {
            boolean inSmall = i % 2 == 0;
            String path = "/api/v1/deputies/" + (inSmall ? deputy("bench-small", smallDeputies) : deputy("bench", DEPUTIES)) + "/archive?on=" + ON;
            StatementLog.clear();
            long start = System.nanoTime();
            int status = get(path, inSmall ? small : large);
            millis[i] = (System.nanoTime() - start) / 1e6;
            statements[i] = StatementLog.executed().size();
            errors += status == 200 ? 0 : 1;
        }
        return new Result("archive, 300-deputy and large congress interleaved", 5, millis, statements, errors,
                floor("bench", ARCHIVE_FLOOR, i -> List.of(deputy("bench", DEPUTIES))));
    }

    private double[] floor(String tenant, String sql, FloorParameters parameters) throws SQLException {
        double[] millis = new double[REQUESTS];
        try (Connection app = app()) {
            app.setAutoCommit(false);
            for (int i = -20; i < REQUESTS; i++) {
                long start = System.nanoTime();
                try (PreparedStatement tenantOf = app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                    tenantOf.setString(1, tenant);
                    tenantOf.execute();
                }
                try (PreparedStatement statement = app.prepareStatement(sql)) {
                    List<Object> values = parameters.of(i);
                    for (int p = 0; p < values.size(); p++) {
                        statement.setObject(p + 1, values.get(p));
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            rows.getObject(1);
                        }
                    }
                }
                app.commit();
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        return millis;
    }

    private void explainFloors(String unit) throws SQLException {
        try (Connection app = app()) {
            app.setAutoCommit(false);
            try (Statement sql = app.createStatement()) {
                sql.execute("SELECT set_config('app.tenant_id', 'bench', true)");
            }
            explain(app, "archive floor", ARCHIVE_FLOOR, List.of(uuid("bench", "deputy", 7)));
            explain(app, "statistics page floor", STATISTICS_FLOOR, List.of(0));
            explain(app, "awaiting reply floor", AWAITING_FLOOR, List.of(unit, 0));
            explain(app, "overview floor", OVERVIEW_FLOOR, List.of(0));
            app.rollback();
        }
    }

    private static void explain(Connection app, String title, String sql, List<Object> parameters) throws SQLException {
        StringBuilder plan = new StringBuilder("\n#### " + title + "\n\n```\n");
        try (PreparedStatement statement = app.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            for (int p = 0; p < parameters.size(); p++) {
                statement.setObject(p + 1, parameters.get(p));
            }
            try (ResultSet line = statement.executeQuery()) {
                while (line.next()) {
                    plan.append(line.getString(1)).append('\n');
                }
            }
        }
        System.out.println(plan.append("```"));
    }

    private void report(double generated, Map<String, Double> generation, List<Result> results) {
        StringBuilder out = new StringBuilder("\n### Read benchmark\n\n");
        out.append(String.format(Locale.ROOT, "%,d deputies, %,d duty records, %,d suggestions; %d requests per read after 20 warm-up; "
                + "%d cores, Java %s; generated in %.1f s%n%n", DEPUTIES, RECORDS, SUGGESTIONS, REQUESTS,
                Runtime.getRuntime().availableProcessors(), Runtime.version(), generated));
        out.append("| read | p50 ms | p99 ms | statements/request (max) | budget | floor p50 ms | ratio p50/floor | errors |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result result : results) {
            int most = Arrays.stream(result.statements()).max().orElse(0);
            String floor = result.floorMillis() == null ? "—" : String.format(Locale.ROOT, "%.1f", result.p(result.floorMillis(), 0.5));
            String ratio = result.floorMillis() == null ? "—"
                    : String.format(Locale.ROOT, "%.1f", result.p(result.millis(), 0.5) / result.p(result.floorMillis(), 0.5));
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %d | %d | %s | %s | %d |%n", result.read(),
                    result.p(result.millis(), 0.5), result.p(result.millis(), 0.99), most, result.budget(), floor, ratio, result.errors()));
        }
        out.append("\ngeneration phases (s): ").append(generation).append('\n');
        System.out.println(out);
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
    }

    // ---------------------------------------------------------------------------------------------- connecting

    private String token(String username) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        assertThat(token.find()).as(response.body()).isTrue();
        return token.group(1);
    }

    private int get(String path, String token) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + path))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                System.out.println(path + " answered " + response.statusCode() + ": " + new String(response.body()));
            }
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Connection app() throws SQLException {
        var settings = TestDatabase.instance().settings();
        return DriverManager.getConnection(settings.url(), settings.appUsername(), settings.appPassword());
    }
}
