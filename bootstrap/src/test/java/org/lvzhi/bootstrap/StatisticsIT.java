package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, environments = "statistics")
class StatisticsIT extends ApiTest {

    private static final String TOWNSHIP = "bj-dc-donghuamen";

    /** Each deputy's figures for 2026 counted straight from the tables (platform role), in the workbook's order. */
    private static final String DEPUTY_FIGURES = """
            SELECT p.name,
                   (SELECT count(*) FROM duty_record r WHERE r.tenant_id = d.tenant_id AND r.deputy_id = d.id
                       AND r.state = 'CONFIRMED' AND extract(year FROM r.occurred_on) = 2026) AS records,
                   (SELECT count(*) FROM meeting_attendance a JOIN session_meeting m ON m.tenant_id = a.tenant_id AND m.id = a.meeting_id
                     WHERE a.tenant_id = d.tenant_id AND a.deputy_id = d.id AND extract(year FROM m.held_on) = 2026)
                 + (SELECT count(*) FROM duty_record r WHERE r.tenant_id = d.tenant_id AND r.deputy_id = d.id
                       AND r.state = 'CONFIRMED' AND r.activity_id IS NOT NULL AND extract(year FROM r.occurred_on) = 2026) AS attended,
                   (SELECT count(*) FROM absence b WHERE b.tenant_id = d.tenant_id AND b.deputy_id = d.id
                       AND extract(year FROM b.absent_on) = 2026) AS absences,
                   (SELECT count(*) FROM compliance_standing s, jsonb_array_elements(s.verdicts) v
                     WHERE s.tenant_id = d.tenant_id AND s.deputy_id = d.id) AS quotas,
                   (SELECT count(*) FROM compliance_standing s, jsonb_array_elements(s.verdicts) v
                     WHERE s.tenant_id = d.tenant_id AND s.deputy_id = d.id AND v ->> 'status' = 'MET') AS met
              FROM deputy d JOIN person p ON p.id = d.person_id JOIN term t ON t.tenant_id = d.tenant_id AND t.id = d.term_id
             WHERE d.tenant_id = ? AND t.starts_on <= DATE '2026-12-31' AND t.ends_on >= DATE '2026-01-01'
             ORDER BY p.name, d.id""";

    @Inject ApplicationContext context;
    @Inject @Named("platform") DataSource platform;

    @Test
    @DisplayName("the workbook, streamed (chunked, no length), read back holds, per deputy, the figures the database holds, and a new group's own totals")
    void workbookHoldsTheDatabaseFigures() throws Exception {
        String liaison = api.token("bj-dongcheng-liaison");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String group = api.post("/api/v1/deputy-groups", liaison, Map.of("name", "统计小组" + suffix)).text("id");
        String station = api.post("/api/v1/liaison-stations", liaison, Map.of("name", "统计之家" + suffix)).text("id");
        var deputy = api.post("/api/v1/deputies", liaison, Map.of("name", "统计代表" + suffix, "termId", api.firstTermId(liaison),
                "constituency", "DISTRICT", "constituencyName", "第9选区", "deputyGroupId", group, "liaisonStationId", station));
        assertThat(deputy.status()).as(deputy.toString()).isEqualTo(201);
        for (String day : List.of("2026-03-01", "2026-04-01")) {
            var record = api.post("/api/v1/duty-records", liaison,
                    Map.of("deputyId", deputy.text("id"), "type", "STATION_RECEPTION", "date", day));
            assertThat(record.status()).as(record.toString()).isEqualTo(201);
        }
        api.post("/api/v1/compliance-overview/evaluations", liaison, Map.of());

        byte[] xlsx = download("/api/v1/statistics/2026.xlsx", liaison);
        List<List<Object>> expected = expectedFigures();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("代表");
            assertThat(List.of(workbook.getSheetName(1), workbook.getSheetName(2), workbook.getSheetName(3)))
                    .containsExactly("代表小组", "联络站", "承办单位");
            assertThat(rows(workbook.getSheet("代表"))).containsExactlyElementsOf(expected);
            assertThat(expected).anySatisfy(row -> assertThat(row).startsWith("统计代表" + suffix, 1.0, 2.0));
            assertThat(rows(workbook.getSheet("代表小组"))).anySatisfy(row -> assertThat(row).startsWith("统计小组" + suffix, 1.0, 2.0));
            assertThat(rows(workbook.getSheet("联络站"))).anySatisfy(row -> assertThat(row).startsWith("统计之家" + suffix, 1.0, 2.0));
        }
        var json = api.get("/api/v1/statistics?year=2026", liaison);
        var page = api.get("/api/v1/statistics/deputies?year=2026&size=200&total=true", liaison);
        assertThat(json.json()).doesNotContainKey("deputies").containsKeys("deputyGroups", "liaisonStations", "handlingUnits");
        assertThat(page.json()).containsEntry("total", expected.size());
        assertThat(page.list("items")).anySatisfy(line -> assertThat(line)
                .containsEntry("name", "统计代表" + suffix).containsEntry("records", 2));
        assertThat(api.get("/api/v1/statistics?year=2026", api.token("bj-dongcheng-deputy1")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/statistics?year=1", liaison).status()).isEqualTo(422);
        assertThat(fetch("/api/v1/statistics/2026.xlsx", api.token("bj-dongcheng-deputy1")).statusCode()).isEqualTo(403);
        assertThat(fetch("/api/v1/statistics/1.xlsx", liaison).statusCode()).isEqualTo(422);
    }

    @Test
    @DisplayName("a county's aggregates include its new township's totals, and no township deputy's name")
    void countySeesItsTownshipsTotalsOnly() {
        String admin = api.token("platform-admin");
        if (api.get("/api/v1/congresses/current", admin, TOWNSHIP).status() != 200) {
            var founded = api.post("/api/v1/congresses", admin,
                    Map.of("id", TOWNSHIP, "name", "东华门镇人民代表大会", "level", "TOWNSHIP", "parentId", "bj-dongcheng"));
            assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
        }
        String township = api.token("bj-dc-township-admin");
        if ((api.get("/api/v1/terms", township).list("items")).isEmpty()) {
            var term = api.post("/api/v1/terms", township, Map.of("number", 1, "startsOn", "2026-01-01", "endsOn", "2030-12-31"));
            assertThat(term.status()).as(term.toString()).isEqualTo(201);
        }
        String name = "镇代表" + UUID.randomUUID().toString().substring(0, 6);
        var deputy = api.post("/api/v1/deputies", township, Map.of("name", name, "termId", api.firstTermId(township),
                "constituency", "DISTRICT", "constituencyName", "第1选区"));
        assertThat(deputy.status()).as(deputy.toString()).isEqualTo(201);
        var record = api.post("/api/v1/duty-records", township,
                Map.of("deputyId", deputy.text("id"), "type", "STATION_RECEPTION", "date", "2026-05-01"));
        assertThat(record.status()).as(record.toString()).isEqualTo(201);
        long deputies = ((List<?>) api.get("/api/v1/deputies?size=200", township).json().get("items")).size();

        var county = api.get("/api/v1/statistics/subordinates?year=2026", api.token("bj-dongcheng-liaison"));

        assertThat(county.status()).as(county.toString()).isEqualTo(200);
        assertThat(county.list("items")).singleElement().satisfies(item -> assertThat(item)
                .containsEntry("congressId", TOWNSHIP).containsEntry("name", "东华门镇人民代表大会").containsEntry("level", "TOWNSHIP")
                .containsEntry("parentId", "bj-dongcheng").containsEntry("deputies", (int) deputies)
                .containsEntry("records", (int) deputies));
        assertThat(String.valueOf(county.body())).doesNotContain(name).doesNotContain(deputy.text("id"));
        assertThat(api.get("/api/v1/statistics/subordinates?year=2026", api.token("sh-jiading-liaison")).list("items")).isEmpty();
        assertThat(api.get("/api/v1/statistics/subordinates?year=2026", township).list("items")).isEmpty();
        assertThat(api.get("/api/v1/statistics/subordinates?year=2026", api.token("bj-dongcheng-deputy1")).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("the export of a whole congress's figures per deputy is an XLSX streamed in chunks (no length known before the last row), read back row for row as the database holds them")
    void exportIsStreamedAndHoldsEveryDeputy() throws Exception {
        String liaison = api.token("bj-dongcheng-liaison");
        List<List<Object>> expected = expectedFigures();

        byte[] xlsx = download("/api/v1/statistics/deputies.xlsx?year=2026", liaison);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("代表");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            assertThat(rows(sheet)).hasSize(expected.size()).containsExactlyElementsOf(expected);
        }
        assertThat(fetch("/api/v1/statistics/deputies.xlsx?year=2026", api.token("bj-dongcheng-deputy1")).statusCode()).isEqualTo(403);
        assertThat(fetch("/api/v1/statistics/deputies.xlsx?year=1", liaison).statusCode()).isEqualTo(422);
    }

    private List<List<Object>> expectedFigures() throws Exception {
        List<List<Object>> expected = new ArrayList<>();
        DataSource pool = context.findBean(DataSourceResolver.class).map(r -> r.resolve(platform)).orElse(platform);
        try (Connection connection = pool.getConnection(); PreparedStatement statement = connection.prepareStatement(DEPUTY_FIGURES)) {
            statement.setString(1, "bj-dongcheng");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long attended = rows.getLong("attended");
                    long absences = rows.getLong("absences");
                    long quotas = rows.getLong("quotas");
                    long met = rows.getLong("met");
                    expected.add(Arrays.asList(rows.getString("name"), 1.0, (double) rows.getLong("records"), (double) attended,
                            (double) absences, rate(attended, attended + absences), (double) quotas, (double) met, rate(met, quotas)));
                }
            }
        }
        return expected;
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    private HttpResponse<byte[]> fetch(String path, String token) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create(server.getURI() + path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A file streamed: chunked, without a length (built in memory, the server would know it). */
    private byte[] download(String path, String token) throws Exception {
        HttpResponse<byte[]> response = fetch(path, token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Length")).isEmpty();
        assertThat(response.headers().firstValue("Transfer-Encoding")).contains("chunked");
        return response.body();
    }

    /** Every row below the header: the name, then numbers (a rate's empty cell is null). */
    private static List<List<Object>> rows(Sheet sheet) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < 9; c++) {
                Cell cell = row.getCell(c);
                cells.add(switch (cell == null ? null : cell.getCellType()) {
                    case STRING -> cell.getStringCellValue();
                    case NUMERIC -> cell.getNumericCellValue();
                    case null, default -> null;
                });
            }
            rows.add(cells);
        }
        return rows;
    }
}
