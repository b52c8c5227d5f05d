package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The duty reports' suggestions and joint proposals with their outcomes (annual report, QH-11.6) and the term-end summary
 * for re-nomination (QH-11.2, JD-27), in a county congress where ten deputies can jointly file a motion (BL-8).
 */
@MicronautTest(transactional = false, environments = "summary")
@Property(name = "lvzhi.test.movable-clock", value = "true")
@SuppressWarnings("unchecked")
class TermSummaryIT extends ApiTest {

    private static final String COUNTY = "summary-county";

    @Inject MovableClock clock;

    private String liaison;
    private final List<String> deputies = new ArrayList<>();

    @BeforeAll
    void foundCounty() {
        api = new ApiClient(server.getURI(), json);
        String admin = api.token("platform-admin");
        assertThat(api.post("/api/v1/congresses", admin, Map.of("id", COUNTY, "name", "某县人民代表大会（总结）", "level", "COUNTY",
                "parentId", "qinghai")).status()).isEqualTo(201);
        liaison = api.token(COUNTY + "-liaison");
        String term = api.post("/api/v1/terms", liaison, Map.of("number", 18, "startsOn", "2022-01-01", "endsOn", "2026-12-31"))
                .text("id");
        IntStream.range(0, 10).forEach(i -> {
            Map<String, Object> deputy = new HashMap<>(Map.of("name", name(i), "termId", term,
                    "constituency", "DISTRICT", "constituencyName", "第" + (i + 1) + "选区"));
            if (i < 2) {
                deputy.put("login", COUNTY + "-deputy" + (i + 1));
            }
            var created = api.post("/api/v1/deputies", liaison, deputy);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            deputies.add(created.text("id"));
        });
    }

    private static String name(int i) {
        return "总结代表" + (char) ('甲' + i);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("QH-11.6: the annual report lists the year's suggestion with its state and the motion the deputy signed with the presidium's decision")
    void annualReportListsSuggestionsAndMotions() throws IOException {
        clock.moveTo(LocalDate.of(2026, 3, 10));
        liaison = api.token(COUNTY + "-liaison");
        String own = api.token(COUNTY + "-deputy1");
        String deputy = deputies.getFirst();
        var draft = api.post("/api/v1/suggestions", own, Map.of("title", "关于修缮村道的建议", "content", "村道破损，建议列入年度计划。",
                "coSponsorIds", List.of()));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        assertThat(api.post("/api/v1/suggestions/" + draft.text("id") + "/submission", own, Map.of()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/suggestions/" + draft.text("id") + "/screening", liaison, Map.of("decision", "ACCEPT"))
                .text("state")).isEqualTo("ACCEPTED");
        var motion = api.post("/api/v1/motions", liaison, Map.of("title", "关于保护水源地的议案", "subject", "饮用水源保护",
                "grounds", "水源地周边污染", "proposal", "制定水源保护条例", "signatories", List.of(deputies.get(1), deputy,
                        deputies.get(2), deputies.get(3), deputies.get(4), deputies.get(5), deputies.get(6), deputies.get(7),
                        deputies.get(8), deputies.get(9))));
        assertThat(motion.status()).as(motion.toString()).isEqualTo(201);
        var decided = api.post("/api/v1/motions/" + motion.text("id") + "/decision", liaison, Map.of("outcome", "PLACED_ON_AGENDA"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

        var json = api.get("/api/v1/deputies/" + deputy + "/duty-reports/2026", own);
        var lastYear = api.get("/api/v1/deputies/" + deputy + "/duty-reports/2025", own);
        byte[] pdf = api.bytes("/api/v1/deputies/" + deputy + "/duty-reports/2026.pdf", own);
        String html = api.get("/api/v1/deputies/" + deputy + "/duty-reports/2026.html", own).body().toString();

        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(json.list("suggestions")).singleElement().satisfies(s -> assertThat(s)
                .containsEntry("title", "关于修缮村道的建议").containsEntry("submittedOn", "2026-03-10")
                .containsEntry("role", "SPONSOR").containsEntry("state", "ACCEPTED").containsEntry("stateName", "已立案"));
        assertThat(json.list("proposals")).singleElement().satisfies(p -> assertThat(p)
                .containsEntry("kind", "MOTION").containsEntry("title", "关于保护水源地的议案").containsEntry("role", "SIGNATORY")
                .containsEntry("state", "PLACED_ON_AGENDA").containsEntry("decision", "PLACED_ON_AGENDA"));
        assertThat(lastYear.list("suggestions")).isEmpty();
        assertThat(lastYear.list("proposals")).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("建议、批评和意见及议案", "关于修缮村道的建议", "已立案", "关于保护水源地的议案", "列入会议议程");
        }
        assertThat(html).contains("关于修缮村道的建议", "已立案", "关于保护水源地的议案", "列入会议议程");
    }

    @Test
    @DisplayName("QH-11.2, JD-27: the term-end summary holds the name, the term and every quota line with its article; a deputy sees only their own")
    void termSummary() throws IOException {
        clock.moveTo(LocalDate.of(2026, 6, 30));
        liaison = api.token(COUNTY + "-liaison");
        String own = api.token(COUNTY + "-deputy1");
        String deputy = deputies.getFirst();
        api.post("/api/v1/duty-records", liaison, Map.of("deputyId", deputy, "type", "STATION_RECEPTION", "date", "2024-05-01"));

        var json = api.get("/api/v1/deputies/" + deputy + "/term-summary", own);
        byte[] pdf = api.bytes("/api/v1/deputies/" + deputy + "/term-summary.pdf", own);
        var html = api.get("/api/v1/deputies/" + deputy + "/term-summary.html", liaison);

        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(json.json()).containsEntry("kind", "TERM").containsEntry("termNumber", 18)
                .containsEntry("from", "2022-01-01").containsEntry("to", "2026-06-30");
        assertThat(json.json().get("narrative")).isNull();
        assertThat((List<Object>) json.json().get("columns")).containsExactly("2022年", "2023年", "2024年", "2025年", "2026年");
        List<Map<String, Object>> quotas = json.list("quotas");
        assertThat(quotas).isNotEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("总结代表甲代表第18届任期履职总结", "第18届（2022-01-01 至 2026-12-31）", "历年履职活动");
            for (Map<String, Object> quota : quotas) {
                assertThat(text).contains(quota.get("rule") + " " + quota.get("article"));
            }
        }
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body().toString()).contains("<svg", "2024年", "总结代表甲代表第18届任期履职总结");
        assertThat(api.get("/api/v1/deputies/" + deputies.get(1) + "/term-summary", own).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/deputies/" + deputies.get(1) + "/term-summary.pdf", own).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/deputies/" + deputy + "/term-summary.doc", own).status()).isEqualTo(422);
    }

    @Test
    @DisplayName("statistics: where the profile has a points scheme, the workbook's sheet 积分排名 ranks the deputies by the year's points, highest first, ties sharing a rank; the JSON names the scheme only")
    void pointsRanking() throws IOException {
        clock.moveTo(LocalDate.of(2026, 6, 30));
        String admin = api.token(COUNTY + "-admin");
        liaison = api.token(COUNTY + "-liaison");
        var before = api.get("/api/v1/statistics?year=2026", liaison);
        var saved = api.send("PUT", "/api/v1/policy-profile", admin, null, """
                profile: %s
                title: 某县代表履职积分办法
                effectiveFrom: 2022-01-01
                rules: []
                points:
                  rule: JD-30a
                  article: 履职积分细则
                  entries:
                    - { type: STATION_RECEPTION, points: 3 }
                """.formatted(COUNTY), Map.of("Content-Type", "application/yaml"));
        for (String day : List.of("2026-02-01", "2026-03-01", "2025-03-01")) {
            var record = api.post("/api/v1/duty-records", liaison,
                    Map.of("deputyId", deputies.get(2), "type", "STATION_RECEPTION", "date", day));
            assertThat(record.status()).as(record.toString()).isEqualTo(201);
        }
        for (int i : List.of(3, 4)) {
            api.post("/api/v1/duty-records", liaison, Map.of("deputyId", deputies.get(i), "type", "STATION_RECEPTION", "date", "2026-04-01"));
        }

        var statistics = api.get("/api/v1/statistics?year=2026", liaison);
        byte[] workbook = api.bytes("/api/v1/statistics/2026.xlsx", liaison);

        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(before.json().get("points")).isNull();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(statistics.status()).as(statistics.toString()).isEqualTo(200);
        Map<String, Object> points = (Map<String, Object>) statistics.json().get("points");
        assertThat(points).containsEntry("rule", "JD-30a").containsEntry("article", "履职积分细则").doesNotContainKey("ranking");
        List<List<Object>> ranking = new ArrayList<>();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = read.getSheet("积分排名");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                ranking.add(List.of((int) row.getCell(0).getNumericCellValue(), row.getCell(1).getStringCellValue(),
                        (int) row.getCell(2).getNumericCellValue()));
            }
        }
        assertThat(ranking).hasSize(10);
        assertThat(ranking.subList(0, 3)).containsExactly(List.of(1, name(2), 6), List.of(2, name(3), 3), List.of(2, name(4), 3));
        assertThat(ranking.get(3)).startsWith(4).endsWith(0);
    }
}
