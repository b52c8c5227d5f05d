package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Motions and the other joint proposals through the API, at a county congress of 12 serving deputies and a township
 * congress of 6 that a platform admin founds for the test (BL-8, BL-11, BL-12, BL-14).
 */
@MicronautTest(transactional = false, environments = "motion")
@SuppressWarnings("unchecked")
class MotionIT extends ApiTest {

    private static final String COUNTY = "motion-county";
    private static final String TOWNSHIP = "motion-town";

    private String countyLiaison;
    private String townLiaison;
    private final List<String> county = new ArrayList<>();
    private final List<String> town = new ArrayList<>();

    @BeforeAll
    void foundCountyAndTownship() {
        api = new ApiClient(server.getURI(), json);
        String admin = api.token("platform-admin");
        assertThat(api.post("/api/v1/congresses", admin, Map.of("id", COUNTY, "name", "某县人民代表大会", "level", "COUNTY",
                "parentId", "qinghai")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/congresses", admin, Map.of("id", TOWNSHIP, "name", "某镇人民代表大会", "level", "TOWNSHIP",
                "parentId", COUNTY)).status()).isEqualTo(201);
        countyLiaison = api.token("motion-county-liaison");
        townLiaison = api.token("motion-town-liaison");
        county.addAll(register(countyLiaison, 12, "县代表", "motion-county-deputy"));
        town.addAll(register(townLiaison, 6, "镇代表", null));
    }

    private List<String> register(String liaison, int count, String name, String firstLogin) {
        String term = api.post("/api/v1/terms", liaison, Map.of("number", 18, "startsOn", "2022-01-01", "endsOn", "2026-12-31"))
                .text("id");
        return IntStream.range(0, count).mapToObj(i -> {
            Map<String, Object> deputy = new HashMap<>(Map.of("name", name + (char) ('甲' + i), "termId", term,
                    "constituency", "DISTRICT", "constituencyName", "第" + (i + 1) + "选区"));
            if (i == 0 && firstLogin != null) {
                deputy.put("login", firstLogin);
            }
            var created = api.post("/api/v1/deputies", liaison, deputy);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return created.text("id");
        }).toList();
    }

    private static Map<String, Object> motion(List<String> signatories) {
        return Map.of("title", "关于加强饮用水源保护的议案", "subject", "饮用水源保护", "grounds", "水源地周边污染",
                "proposal", "制定水源保护条例", "signatories", signatories);
    }

    private static Map<String, Object> ofKind(String kind, List<String> signatories) {
        return Map.of("kind", kind, "title", "联名提出的" + kind, "subject", "案由", "signatories", signatories);
    }

    @Test
    @DisplayName("BL-8: a motion at a county congress with 9 signatories is refused with the article and the numbers; 10 are accepted")
    void countyNeedsTen() {
        var nine = api.post("/api/v1/motions", countyLiaison, motion(county.subList(0, 9)));
        var ten = api.post("/api/v1/motions", countyLiaison, motion(county.subList(0, 10)));

        assertThat(nine.status()).isEqualTo(422);
        assertThat(nine.contentType()).startsWith("application/problem+json");
        assertThat(nine.pointers()).containsExactly("/signatories");
        assertThat(nine.list("errors").getFirst().get("message").toString()).contains("第八条", "10人以上", "9人");
        assertThat(ten.status()).as(ten.toString()).isEqualTo(201);
        assertThat(ten.text("state")).isEqualTo("FILED");
        assertThat(ten.text("leadSponsor")).isEqualTo(county.getFirst());
        assertThat(((Map<?, ?>) ten.json().get("threshold")).get("rule")).isEqualTo("BL-8");
    }

    @Test
    @DisplayName("BL-8: a township needs 5 signatories — 4 are refused, 5 accepted")
    void townshipNeedsFive() {
        var four = api.post("/api/v1/motions", townLiaison, motion(town.subList(0, 4)));
        var five = api.post("/api/v1/motions", townLiaison, motion(town.subList(0, 5)));

        assertThat(four.status()).isEqualTo(422);
        assertThat(four.list("errors").getFirst().get("message").toString()).contains("5人以上", "4人");
        assertThat(five.status()).as(five.toString()).isEqualTo(201);
    }

    @Test
    @DisplayName("BL-8: subject, grounds and proposal are each required, each missing one named")
    void everyPartRequired() {
        var bare = api.post("/api/v1/motions", countyLiaison, Map.of("title", "关于某事的议案", "signatories", county.subList(0, 10)));

        assertThat(bare.status()).isEqualTo(422);
        assertThat(bare.pointers()).containsExactly("/subject", "/grounds", "/proposal");
        assertThat(bare.list("errors").getFirst().get("message").toString()).contains("案由");
    }

    @Test
    @DisplayName("a motion files a MOTION record in each signatory's archive")
    void motionInTheArchive() {
        api.post("/api/v1/motions", countyLiaison, motion(county.subList(2, 12)));

        var archive = api.get("/api/v1/deputies/" + county.get(11) + "/archive", countyLiaison);

        assertThat(archive.list("records")).anySatisfy(record -> assertThat(record).containsEntry("type", "MOTION"));
    }

    @Test
    @DisplayName("BL-8: withdrawal by some keeps the motion valid while the rest meet the threshold; by all, with consent, ends it")
    void withdrawal() {
        String id = api.post("/api/v1/motions", countyLiaison, motion(county.subList(0, 11))).text("id");
        String path = "/api/v1/motions/" + id + "/withdrawals";

        var ownSignature = api.post(path, api.token("motion-county-deputy"), Map.of("signatories", List.of(county.getFirst())));
        var withoutConsent = api.post(path, countyLiaison, Map.of("signatories", county.subList(1, 11)));
        var all = api.post(path, countyLiaison, Map.of("signatories", county.subList(1, 11), "presidiumConsent", true));

        assertThat(ownSignature.status()).as(ownSignature.toString()).isEqualTo(200);
        assertThat(ownSignature.text("state")).isEqualTo("FILED");
        assertThat((List<Object>) ownSignature.json().get("withdrawn")).containsExactly(county.getFirst());
        assertThat(withoutConsent.status()).isEqualTo(422);
        assertThat(withoutConsent.pointers()).containsExactly("/presidiumConsent");
        assertThat(all.text("state")).isEqualTo("WITHDRAWN");
        assertThat(all.text("stateName")).isEqualTo("撤回");
    }

    @Test
    @DisplayName("BL-8: withdrawal that leaves fewer than 10 makes the motion lapse")
    void withdrawalBelowThreshold() {
        String id = api.post("/api/v1/motions", countyLiaison, motion(county.subList(0, 10))).text("id");

        var lapsed = api.post("/api/v1/motions/" + id + "/withdrawals", countyLiaison, Map.of("signatories", List.of(county.get(9))));

        assertThat(lapsed.text("state")).isEqualTo("LAPSED");
    }

    @Test
    @DisplayName("staff record the presidium's decision with note and date; a deputy may not")
    void presidiumDecision() {
        String id = api.post("/api/v1/motions", countyLiaison, motion(county.subList(0, 10))).text("id");
        String path = "/api/v1/motions/" + id + "/decision";

        var byDeputy = api.post(path, api.token("motion-county-deputy"), Map.of("outcome", "PLACED_ON_AGENDA"));
        var beforeFiling = api.post(path, countyLiaison, Map.of("outcome", "REFERRED_TO_COMMITTEE", "decidedOn", "2020-01-10"));
        var referred = api.post(path, countyLiaison, Map.of("outcome", "REFERRED_TO_COMMITTEE", "note", "先交法制委员会审议"));
        var placed = api.post(path, countyLiaison, Map.of("outcome", "PLACED_ON_AGENDA", "note", "经法制委员会审议"));

        assertThat(byDeputy.status()).isEqualTo(403);
        assertThat(beforeFiling.pointers()).containsExactly("/decidedOn");
        assertThat(referred.text("state")).isEqualTo("REFERRED_TO_COMMITTEE");
        assertThat(placed.text("state")).isEqualTo("PLACED_ON_AGENDA");
        assertThat((Map<String, Object>) placed.json().get("decision")).containsEntry("outcome", "PLACED_ON_AGENDA")
                .containsEntry("note", "经法制委员会审议").containsEntry("decidedOn", placed.text("filedOn"))
                .containsEntry("recordedBy", "motion-county-liaison");
    }

    @Test
    @DisplayName("BL-11: an inquiry's re-answer is required when 5 of its 10 signatories are dissatisfied, not when 4 are")
    void inquiryReanswer() {
        String id = api.post("/api/v1/motions", countyLiaison, ofKind("INQUIRY", county.subList(0, 10))).text("id");
        String path = "/api/v1/motions/" + id + "/answer-verdicts";

        var five = api.post(path, countyLiaison, Map.of("dissatisfied", county.subList(0, 5)));
        var four = api.post(path, countyLiaison, Map.of("dissatisfied", county.subList(0, 4)));

        assertThat(((Map<?, ?>) five.json().get("answer")).get("reanswerRequired")).isEqualTo(true);
        assertThat(((Map<?, ?>) four.json().get("answer")).get("reanswerRequired")).isEqualTo(false);
    }

    @Test
    @DisplayName("BL-14: an investigation proposal needs one tenth of all 12 serving deputies, i.e. 2")
    void investigationOneTenth() {
        var one = api.post("/api/v1/motions", countyLiaison, ofKind("INVESTIGATION_PROPOSAL", county.subList(0, 1)));
        var two = api.post("/api/v1/motions", countyLiaison, ofKind("INVESTIGATION_PROPOSAL", county.subList(0, 2)));
        var atTownship = api.post("/api/v1/motions", townLiaison, ofKind("INVESTIGATION_PROPOSAL", town));

        assertThat(one.status()).isEqualTo(422);
        assertThat(one.list("errors").getFirst().get("message").toString()).contains("第十四条", "12人的1/10以上，即2人以上");
        assertThat(two.status()).as(two.toString()).isEqualTo(201);
        assertThat((Map<String, Object>) two.json().get("threshold")).containsEntry("required", 2).containsEntry("whole", 12);
        assertThat(atTownship.pointers()).containsExactly("/kind");
    }

    @Test
    @DisplayName("motions list by kind with paging; another congress's motion answers 404")
    void listingAndIsolation() {
        String id = api.post("/api/v1/motions", townLiaison, ofKind("RECALL_MOTION", town.subList(0, 2))).text("id");

        var recalls = api.get("/api/v1/motions?kind=RECALL_MOTION&size=1", townLiaison);
        var foreign = api.get("/api/v1/motions/" + id, countyLiaison);
        var byDeputy = api.get("/api/v1/motions?size=200", api.token("motion-county-deputy"));

        assertThat(recalls.status()).isEqualTo(200);
        assertThat(recalls.list("items")).extracting(m -> m.get("kind")).containsOnly("RECALL_MOTION");
        assertThat(recalls.json()).containsEntry("size", 1);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(byDeputy.status()).isEqualTo(200);
    }
}
