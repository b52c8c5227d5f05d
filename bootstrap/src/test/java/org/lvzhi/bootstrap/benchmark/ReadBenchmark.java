package org.lvzhi.bootstrap.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.bootstrap.benchmark.ProvinceDataSet.uuid;


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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
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
 * security in the same run; then runs those reads mixed at a fixed arrival rate. Prints Markdown tables, then the floors' plans.
 *
 * <p>System properties: {@code bench.deputies} (300000), {@code bench.records} (6000000), {@code bench.suggestions}
 * (2000000), {@code bench.requests} per read (200), {@code bench.load.rate} requests a second of the mixed load (500) for
 * {@code bench.load.seconds} (60), {@code bench.connections} generating (4).
 */
@MicronautTest(transactional = false, environments = "readbench")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadBenchmark implements TestPropertyProvider {

    private static final int DEPUTIES = Integer.getInteger("bench.deputies", 300_000);
    private static final int RECORDS = Integer.getInteger("bench.records", 6_000_000);
    private static final int SUGGESTIONS = Integer.getInteger("bench.suggestions", 2_000_000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    private static final int LOAD_RATE = Integer.getInteger("bench.load.rate", 500);
    private static final int LOAD_SECONDS = Integer.getInteger("bench.load.seconds", 60);
    private static final int UNITS = 200;
    private static final String ON = ProvinceDataSet.ON;

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
        // One node as deployed (application.yml), not the test environment's small pools.
        properties.put("datasources.default.maximum-pool-size", "10");
        return properties;
    }

    @Test
    void readsAtAProvincesSize() throws Exception {
        ProvinceDataSet province = new ProvinceDataSet();
        double generated = province.generate(List.of(
                new ProvinceDataSet.Congress("bench-small", Math.max(1, DEPUTIES / 1000), Math.max(1, RECORDS / 1000),
                        Math.max(1, SUGGESTIONS / 1000), 5),
                new ProvinceDataSet.Congress("bench", DEPUTIES, RECORDS, SUGGESTIONS, UNITS)));
        Map<String, Double> generation = province.phases();
        System.out.printf(Locale.ROOT, "generated in %.1f s: %s%n", generated, generation);

        String liaison = token("bench-liaison");
        String unitHead = token("bench-unit");
        String small = token("small-liaison");
        String unit = uuid("bench", "unit", 1);
        int statisticsPages = DEPUTIES / 50;
        int awaitingPages = 5;
        PathOf archive = i -> "/api/v1/deputies/" + deputy("bench", DEPUTIES) + "/archive?on=" + ON;
        PathOf statisticsPage = i -> "/api/v1/statistics/deputies?year=2026";
        PathOf groupPage = i -> "/api/v1/statistics/deputies?year=2026&deputyGroupId="
                + uuid("bench", "group", 1 + random.nextInt(ProvinceDataSet.groups(DEPUTIES)));
        PathOf awaiting = i -> "/api/v1/suggestions/awaiting-reply";
        PathOf overview = i -> "/api/v1/compliance-overview";
        List<Result> results = new ArrayList<>();
        results.add(measure("one deputy's archive", 5, archive, liaison, "bench", ARCHIVE_FLOOR, i -> List.of(deputy("bench", DEPUTIES))));
        results.add(measure("statistics per deputy, a page of 50", 3, statisticsPage, liaison, "bench",
                STATISTICS_FLOOR, i -> List.of(50 * random.nextInt(Math.min(statisticsPages, 100)))));
        results.add(measure("statistics per deputy, one deputy group", 3, groupPage, liaison, "bench", null, null));
        results.add(measure("a handling unit's open suggestions (its head)", 3, awaiting, unitHead, "bench",
                AWAITING_FLOOR, i -> List.of(unit, 20 * random.nextInt(awaitingPages))));
        results.add(measure("compliance overview, a page", 3, overview, liaison, "bench", OVERVIEW_FLOOR, i -> List.of(20 * random.nextInt(50))));
        results.add(interleaved(liaison, small));
        Export export = export(liaison);
        // Last: a load the node cannot keep up with leaves requests running on the server after the client gave up on them.
        OpenLoad.Outcome load = mixedLoad(List.of(archive, statisticsPage, groupPage, awaiting, overview),
                List.of(liaison, liaison, liaison, unitHead, liaison));
        report(generated, generation, results);
        System.out.println(load);
        System.out.println(export);
        explainFloors(unit);
        assertThat(results).allSatisfy(result -> assertThat(result.errors()).as(result.read()).isZero());
        assertThat(load.errors()).as("requests under the mixed load that failed or answered other than 200").isZero();
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

    /**
     * The reads above, in turn, at {@code bench.load.rate} requests a second for {@code bench.load.seconds} (an open model,
     * see {@link OpenLoad}), after five seconds at the same rate to open the client's connections.
     */
    private OpenLoad.Outcome mixedLoad(List<PathOf> reads, List<String> tokens) {
        OpenLoad load = new OpenLoad(server.getURI());
        IntFunction<OpenLoad.Request> mix = i -> new OpenLoad.Request(reads.get(i % reads.size()).path(i), tokens.get(i % reads.size()));
        load.run(LOAD_RATE, 5, mix);
        return load.run(LOAD_RATE, LOAD_SECONDS, mix);
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
