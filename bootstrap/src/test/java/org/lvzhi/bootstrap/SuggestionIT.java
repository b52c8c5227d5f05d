package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Suggestions through the API in Hunan: HN-5 screening, HN-6 feedback, BL-13 handling and re-handling. */
@MicronautTest(transactional = false, environments = "suggestion")
class SuggestionIT extends ApiTest {

    private String liaison;
    private String deputy;
    private String water;
    private String education;
    private String waterUnit;

    @BeforeAll
    void unitsWithTheirHeads() {
        api = new ApiClient(server.getURI(), json);
        liaison = api.token("hunan-liaison");
        deputy = api.token("hunan-deputy1");
        water = api.token("hunan-water");
        education = api.token("hunan-education");
        waterUnit = api.post("/api/v1/handling-units", liaison, Map.of("name", "湖南省水利厅")).text("id");
        String educationUnit = api.post("/api/v1/handling-units", liaison, Map.of("name", "湖南省教育厅")).text("id");
        api.post("/api/v1/positions", liaison, Map.of("position", "HANDLING_UNIT_HEAD", "name", "王水利", "login", "hunan-water",
                "unitId", waterUnit, "from", "2023-02-01"));
        api.post("/api/v1/positions", liaison, Map.of("position", "HANDLING_UNIT_HEAD", "name", "李教育", "login", "hunan-education",
                "unitId", educationUnit, "from", "2023-02-01"));
    }

    @Test
    @DisplayName("HN-5: a suggestion about a specific court case is refused at screening with the category, and cannot be assigned")
    void courtCaseRefused() {
        String id = submitted("关于督促法院重审我表弟借款纠纷案的建议", "（2025）湘0102民初1234号案件判决不公，请求督促法院依法重审。", List.of());

        var motionCategory = api.post(path(id, "screening"), liaison, Map.of("decision", "REFUSE", "category", "OUTSIDE_CONGRESS_POWERS"));
        var refused = api.post(path(id, "screening"), liaison, Map.of("decision", "REFUSE", "category", "SPECIFIC_JUDICIAL_CASE"));
        var assigning = api.post(path(id, "assignment"), liaison, Map.of("leadUnitId", waterUnit));

        assertThat(motionCategory.status()).isEqualTo(422);
        assertThat(motionCategory.pointers()).containsExactly("/category");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("state")).isEqualTo("REFUSED");
        assertThat(refused.text("refusal")).contains("涉及具体司法案件").contains("HN-5");
        assertThat(assigning.status()).isEqualTo(422);
        assertThat(assigning.pointers()).containsExactly("/state");
        assertThat(message(assigning)).contains("涉及具体司法案件");
        assertThat(api.get("/api/v1/suggestions/" + id, deputy).text("stateName")).isEqualTo("不作为建议处理");
    }

    @Test
    @DisplayName("BL-13, HN-6: assigned, answered, found unsatisfactory with reasons, re-assigned, answered again and closed")
    void dissatisfiedRehandledClosed() {
        String coSponsor = deputyNamed(liaison, "周志强");
        String id = submitted("关于加快农村饮水安全工程建设的建议", "建议加大省级财政投入，加快农村饮水安全巩固提升工程建设。", List.of(coSponsor));
        assertThat(api.post(path(id, "screening"), liaison, Map.of("decision", "ACCEPT")).text("state")).isEqualTo("ACCEPTED");

        var assigned = api.post(path(id, "assignment"), liaison, Map.of("leadUnitId", waterUnit));
        var byOtherUnit = api.get("/api/v1/suggestions/" + id, education);
        var replyByOtherUnit = api.post(path(id, "replies"), education, Map.of("answer", "答复", "signedBy", "李教育"));
        var replyByDeputy = api.post(path(id, "replies"), deputy, Map.of("answer", "答复", "signedBy", "刘湘云"));
        var notSignedByHead = api.post(path(id, "replies"), water, Map.of("answer", "已安排专项资金。", "signedBy", "办公室小陈"));
        var replied = api.post(path(id, "replies"), water, Map.of("answer", "已安排专项资金，年内完成改造。", "signedBy", "王水利"));
        var withoutReasons = api.post(path(id, "feedback"), deputy, Map.of("verdict", "DISSATISFIED"));
        var byCoSponsor = api.post(path(id, "feedback"), api.token("hunan-deputy2"), Map.of("verdict", "SATISFIED"));
        var dissatisfied = api.post(path(id, "feedback"), deputy, Map.of("verdict", "DISSATISFIED", "reasons", "未说明资金到位时间"));
        var reassigned = api.post(path(id, "reassignment"), liaison, Map.of());
        var repliedAgain = api.post(path(id, "replies"), water, Map.of("answer", "资金已于5月下达，覆盖86个村。", "signedBy", "王水利"));
        var evaluated = api.post(path(id, "evaluations"), deputy, Map.of("unitId", waterUnit, "attitude", "SATISFIED",
                "handling", "BASICALLY_SATISFIED"));
        var closed = api.post(path(id, "feedback"), deputy, Map.of("verdict", "BASICALLY_SATISFIED"));

        assertThat(assigned.text("state")).isEqualTo("ASSIGNED");
        assertThat(byOtherUnit.status()).isEqualTo(404);
        assertThat(replyByOtherUnit.status()).isEqualTo(404);
        assertThat(replyByDeputy.status()).isEqualTo(403);
        assertThat(notSignedByHead.status()).isEqualTo(422);
        assertThat(notSignedByHead.pointers()).containsExactly("/signedBy");
        assertThat(message(notSignedByHead)).contains("办公室小陈").contains("王水利");
        assertThat(replied.text("state")).isEqualTo("REPLIED");
        assertThat(withoutReasons.status()).isEqualTo(422);
        assertThat(withoutReasons.pointers()).containsExactly("/reasons");
        assertThat(byCoSponsor.status()).isEqualTo(403);
        assertThat(dissatisfied.text("state")).isEqualTo("DISSATISFIED");
        assertThat(reassigned.text("state")).isEqualTo("REASSIGNED");
        assertThat(reassigned.json().get("round")).isEqualTo(2);
        assertThat(repliedAgain.text("state")).isEqualTo("REPLIED");
        assertThat(evaluated.status()).isEqualTo(200);
        assertThat(closed.text("state")).isEqualTo("CLOSED");
        assertThat(closed.list("actions")).extracting(a -> a.get("kind")).containsExactly("DRAFTED", "SUBMITTED", "ACCEPTED",
                "ASSIGNED", "REPLIED", "FEEDBACK_GIVEN", "REASSIGNED", "REPLIED", "EVALUATED", "FEEDBACK_GIVEN");
        assertThat(closed.list("actions")).extracting(a -> a.get("by")).containsExactly("hunan-deputy1", "hunan-deputy1",
                "hunan-liaison", "hunan-liaison", "hunan-water", "hunan-deputy1", "hunan-liaison", "hunan-water", "hunan-deputy1",
                "hunan-deputy1");
        assertThat(api.get("/api/v1/suggestions?state=CLOSED&unitId=" + waterUnit, water).list("items"))
                .extracting(s -> s.get("id")).contains(id);
        assertThat(api.get("/api/v1/suggestions", education).list("items")).extracting(s -> s.get("id")).doesNotContain(id);
        assertThat(api.get("/api/v1/suggestions", api.token("hunan-deputy2")).list("items")).extracting(s -> s.get("id")).contains(id);
        assertThat(api.get("/api/v1/deadlines?subjectKind=SUGGESTION&subjectId=" + id, liaison).list("items"))
                .as("every clock of the path was started and, the matter closed, stopped")
                .map(d -> (Map<?, ?>) d)
                .extracting(d -> d.get("event"), d -> d.get("state"))
                .contains(tuple("SUGGESTION_ASSIGNED", "MET"), tuple("SUGGESTION_REPLIED", "MET"), tuple("SUGGESTION_REASSIGNED", "MET"))
                .doesNotContain(tuple("SUGGESTION_ASSIGNED", "OPEN"), tuple("SUGGESTION_REASSIGNED", "OPEN"));
    }

    @Test
    @DisplayName("submitting files a SUGGESTION duty record in the sponsor's archive")
    void submissionFilesDutyRecord() {
        String own = api.get("/api/v1/deputies/me", deputy).text("id");
        submitted("关于规范校外培训机构收费管理的建议", "建议建立预收费资金监管制度。", List.of());

        var archive = api.get("/api/v1/deputies/" + own + "/archive", liaison);

        assertThat(archive.status()).as(archive.toString()).isEqualTo(200);
        assertThat(archive.toString()).contains("SUGGESTION");
    }

    private String submitted(String title, String content, List<String> coSponsors) {
        var draft = api.post("/api/v1/suggestions", deputy, Map.of("title", title, "content", content, "coSponsorIds", coSponsors));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        var submitted = api.post(path(draft.text("id"), "submission"), deputy, Map.of());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return draft.text("id");
    }

    private static String path(String id, String action) {
        return "/api/v1/suggestions/" + id + "/" + action;
    }

    private static String message(ApiClient.Response response) {
        return response.list("errors").getFirst().get("message").toString();
    }
}
