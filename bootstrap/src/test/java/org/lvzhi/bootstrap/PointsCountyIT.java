package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The county points example (tenants/examples/points-county.yml) through the API only: a platform admin founds a county
 * congress that is not a seed, its tenant admin saves the profile, staff and a deputy record facts, and the archive
 * answers the day-measured training minimum (XC-5), the points with their breakdown (XC-12, XC-13) and the band.
 */
@MicronautTest(transactional = false, environments = "points")
@SuppressWarnings("unchecked")
class PointsCountyIT extends ApiTest {

    private static final String COUNTY = "points-county";
    private static final String YEAR_END = "2026-12-31";

    private String admin;
    private String liaison;
    private String term;
    private String active;
    private String halfDay;
    private String twoHalves;

    @BeforeAll
    void foundTheCountyWithItsProfile() {
        api = new ApiClient(server.getURI(), json);
        assertThat(api.post("/api/v1/congresses", api.token("platform-admin"), Map.of("id", COUNTY, "name", "某县人民代表大会",
                "level", "COUNTY", "parentId", "qinghai")).status()).isEqualTo(201);
        admin = api.token("points-county-admin");
        liaison = api.token("points-county-liaison");
        var saved = saveProfile(example(), null);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        term = api.post("/api/v1/terms", liaison, Map.of("number", 18, "startsOn", "2022-01-01", "endsOn", YEAR_END)).text("id");
        active = deputy("积分甲", "points-county-deputy");
        halfDay = deputy("积分乙", null);
        twoHalves = deputy("积分丙", null);
    }

    /** Saves a version; the county's first goes without If-Match, a later one names the version it edits. */
    private ApiClient.Response saveProfile(String document, String ifMatch) {
        Map<String, String> headers = new HashMap<>(Map.of("Content-Type", "application/yaml"));
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return api.send("PUT", "/api/v1/policy-profile", admin, null, document, headers);
    }

    private static String example() {
        try (InputStream in = PointsCountyIT.class.getClassLoader().getResourceAsStream("tenants/examples/points-county.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String deputy(String name, String login) {
        Map<String, Object> deputy = new HashMap<>(Map.of("name", name, "termId", term, "constituency", "DISTRICT",
                "constituencyName", "第一选区"));
        if (login != null) {
            deputy.put("login", login);
        }
        var created = api.post("/api/v1/deputies", liaison, deputy);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private ApiClient.Response record(String deputy, String type, String date, Object quantity) {
        Map<String, Object> body = new HashMap<>(Map.of("deputyId", deputy, "type", type, "date", date));
        if (quantity != null) {
            body.put("quantity", quantity);
        }
        return api.post("/api/v1/duty-records", liaison, body);
    }

    private Map<String, Object> archive(String deputy) {
        return api.get("/api/v1/deputies/" + deputy + "/archive?on=" + YEAR_END, liaison).json();
    }

    private static Map<String, Object> quota(Map<String, Object> archive, String rule) {
        return ((List<Map<String, Object>>) archive.get("compliance")).stream().filter(q -> q.get("rule").equals(rule)).findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("XC-5: half a day of training is not the one day a year asked (BEHIND, 0.5 DAY); two half days are exactly one (MET)")
    void halfADayOfTrainingIsNotADay() {
        assertThat(record(halfDay, "TRAINING_DAYS", "2026-03-01", 0.5).status()).isEqualTo(201);
        record(twoHalves, "TRAINING_DAYS", "2026-03-01", 0.5);
        record(twoHalves, "TRAINING_DAYS", "2026-09-01", "0.5");

        var half = quota(archive(halfDay), "XC-5");
        var whole = quota(archive(twoHalves), "XC-5");

        assertThat(half).containsEntry("status", "BEHIND").containsEntry("count", 0.5).containsEntry("unit", "DAY");
        assertThat(whole).containsEntry("status", "MET").containsEntry("count", 1);
        var points = (Map<String, Object>) archive(halfDay).get("points");
        assertThat(points).containsEntry("total", 62).containsEntry("band", "一般").containsEntry("windowFrom", "2026-01-01");
    }

    @Test
    @DisplayName("XC-12/XC-13: base 60, speeches held at 10, 1.5 training days and 8 reception half-days, four unapproved absences held at -9: exactly 75, 良好")
    void pointsBreakdownAndBand() {
        for (String day : List.of("2026-01-10", "2026-01-11", "2026-01-12")) {
            assertThat(record(active, "SESSION_SPEECH", day, null).status()).isEqualTo(201);
        }
        record(active, "TRAINING_DAYS", "2026-04-01", 1.5);
        String own = api.token("points-county-deputy");
        var reception = api.post("/api/v1/duty-records/self", own, Map.of("type", "RECEPTION_HALF_DAYS", "date", "2026-05-01", "quantity", 8));
        assertThat(reception.status()).as(reception.toString()).isEqualTo(201);
        assertThat(reception.json()).containsEntry("quantity", 8);
        api.post("/api/v1/duty-records/" + reception.text("id") + "/review", liaison, Map.of("decision", "CONFIRM"));
        for (String day : List.of("2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01")) {
            String activity = api.post("/api/v1/duty-activities", liaison, Map.of("termId", term, "type", "INSPECTION", "title", "视察",
                    "date", day, "invited", List.of(active))).text("id");
            api.post("/api/v1/duty-activities/" + activity + "/attendance", liaison, Map.of("attended", List.of()));
        }

        var points = (Map<String, Object>) archive(active).get("points");
        var lines = (List<Map<String, Object>>) points.get("lines");

        assertThat(points).containsEntry("rule", "XC-12").containsEntry("total", 75).containsEntry("band", "良好");
        assertThat(lines).extracting(l -> l.get("source"), l -> l.get("type"), l -> l.get("points"), l -> l.get("rule"))
                .containsExactly(
                        tuple("BASE", "BASE", 60, "XC-12"),
                        tuple("RECORD", "SESSION_SPEECH", 5, "XC-12.1"),
                        tuple("RECORD", "SESSION_SPEECH", 5, "XC-12.1"),
                        tuple("RECORD", "SESSION_SPEECH", 5, "XC-12.1"),
                        tuple("RECORD", "TRAINING_DAYS", 6, "XC-12.2"),
                        tuple("RECORD", "RECEPTION_HALF_DAYS", 8, "XC-12.3"),
                        tuple("ABSENCE", "INSPECTION", -3, "XC-13.2"),
                        tuple("ABSENCE", "INSPECTION", -3, "XC-13.2"),
                        tuple("ABSENCE", "INSPECTION", -3, "XC-13.2"),
                        tuple("ABSENCE", "INSPECTION", -3, "XC-13.2"),
                        tuple("ENTRY_LIMIT", "SESSION_SPEECH", -5, "XC-12.1"),
                        tuple("ENTRY_LIMIT", "INSPECTION+RESEARCH", 3, "XC-13.2"));
        assertThat(lines.get(6)).containsEntry("article", "第十三条第（二）项").containsKey("factId");
        assertThat(lines.get(4)).containsEntry("quantity", 3);
    }

    @Test
    @DisplayName("a quantity on a type that measures nothing, or not positive, is refused at /quantity")
    void quantityRefusedAtItsField() {
        var notMeasured = record(halfDay, "SESSION_SPEECH", "2026-02-01", 2);
        var negative = record(halfDay, "TRAINING_DAYS", "2026-02-01", -1);

        assertThat(notMeasured.status()).isEqualTo(422);
        assertThat(notMeasured.pointers()).containsExactly("/quantity");
        assertThat(notMeasured.list("errors").getFirst().get("message").toString()).contains("大会审议发言", "不计量");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.pointers()).containsExactly("/quantity");
    }

    @Test
    @DisplayName("a profile summing hours of a day type and grading with a gap is refused with both problems at their pointers; the version in force stays")
    void badProfileRefused() {
        String before = api.get("/api/v1/policy-profile", admin).etag();
        String bad = example().replace("sum: DAY", "sum: HOUR")
                .replace("upper: { score: 75, inclusive: false }", "upper: { score: 70, inclusive: false }");

        var refused = saveProfile(bad, before);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.pointers()).containsExactlyInAnyOrder("/rules/0/quota/sum", "/points/bands/1");
        assertThat(refused.list("errors").toString()).contains("不以“小时”计量", "留有空档");
        assertThat(api.get("/api/v1/policy-profile", admin).etag()).isEqualTo(before);
    }
}
