package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Appointments, reports, letters and changes of details through the API in Hunan (baseline BL-18, BL-20, BL-21, BL-23,
 * BL-29): each clock starts from its event with the profile's period, as the engine counts it, and stops on its answer.
 */
@MicronautTest(transactional = false)
class MatterIT extends ApiTest {

    private String liaison;
    private String deputy1;
    private String unit;

    @BeforeAll
    void aHandlingUnit() {
        api = new ApiClient(server.getURI(), json);
        liaison = api.token("hunan-liaison");
        deputy1 = api.get("/api/v1/deputies/me", api.token("hunan-deputy1")).text("id");
        unit = api.post("/api/v1/handling-units", liaison, Map.of("name", "湖南省交通运输厅")).text("id");
    }

    @Test
    @DisplayName("BL-20: held 2026-01-31, the answer is due 2026-04-30 and the report 2026-02-10; each stops on its own; re-handling answered within a month")
    void appointment() {
        String id = recorded("APPOINTMENT", "约见省交通运输厅负责人", "就农村公路养护资金问题约见", "2026-01-20", unit);

        var held = step(id, "HELD", "2026-01-31");
        assertThat(held.text("state")).isEqualTo("HELD");
        assertThat(held.text("dueOn")).isEqualTo("2026-04-30");
        assertThat(clocks(id)).extracting(d -> d.get("rule"), d -> d.get("event"), d -> d.get("dueOn"), d -> d.get("state"))
                .containsExactlyInAnyOrder(tuple("BL-20", "APPOINTMENT_HELD", "2026-04-30", "OPEN"),
                        tuple("BL-20", "APPOINTMENT_HELD", "2026-02-10", "OPEN"));

        assertThat(step(id, "DEPARTMENT_REPORTED", "2026-02-06").text("state")).isEqualTo("HELD");
        assertThat(clocks(id)).extracting(d -> d.get("dueOn"), d -> d.get("state"), d -> d.get("metOn"))
                .containsExactlyInAnyOrder(tuple("2026-04-30", "OPEN", null), tuple("2026-02-10", "MET", "2026-02-06"));

        var reportedTwice = step(id, "DEPARTMENT_REPORTED", "2026-02-07");
        assertThat(reportedTwice.status()).isEqualTo(422);
        assertThat(message(reportedTwice)).contains("约见").contains("报送约见情况");

        assertThat(step(id, "ANSWERED", "2026-04-20").text("state")).isEqualTo("ANSWERED");
        assertThat(clocks(id)).extracting(d -> d.get("state")).containsOnly("MET");

        var rehandling = step(id, "REHANDLING_DECIDED", "2026-05-11");
        assertThat(rehandling.text("state")).isEqualTo("REHANDLING");
        assertThat(rehandling.json().get("round")).isEqualTo(2);
        assertThat(clocks(id)).filteredOn(d -> "REHANDLING_DECIDED".equals(d.get("event")))
                .extracting(d -> d.get("rule"), d -> d.get("dueOn"), d -> d.get("state"))
                .containsExactly(tuple("BL-20", "2026-06-11", "OPEN"));
        assertThat(step(id, "ANSWERED", "2026-06-01").text("state")).isEqualTo("ANSWERED");
        assertThat(clocks(id)).extracting(d -> d.get("state")).containsOnly("MET");

        var again = step(id, "REHANDLING_DECIDED", "2026-06-05");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.pointers()).containsExactly("/step");
        assertThat(message(again)).isEqualTo("约见当前状态为“已答复”，不能办理“决定重新办理”");
        assertThat(api.get("/api/v1/matters/" + id, liaison).list("actions")).extracting(a -> a.get("step")).containsExactly(
                "RECORDED", "HELD", "DEPARTMENT_REPORTED", "ANSWERED", "REHANDLING_DECIDED", "ANSWERED");
    }

    @Test
    @DisplayName("BL-18, BL-21: a research report is due 20 days after the research ends; each report assigned runs only its own 3-month feedback")
    void reports() {
        String research = recorded("RESEARCH_REPORT", "关于洞庭湖生态补偿的专题调研", "调研组赴岳阳、益阳调研", "2026-03-10", null);
        assertThat(clocks(research)).extracting(d -> d.get("rule"), d -> d.get("event"), d -> d.get("dueOn"), d -> d.get("state"))
                .containsExactly(tuple("BL-21", "RESEARCH_ENDED", "2026-03-30", "OPEN"));
        var answeredEarly = step(research, "ANSWERED", "2026-03-20");
        assertThat(answeredEarly.status()).isEqualTo(422);
        assertThat(message(answeredEarly)).contains("调研报告").contains("调研已结束");
        step(research, "SUBMITTED", "2026-03-25");
        var assigned = api.post("/api/v1/matters/" + research + "/steps", liaison,
                Map.of("step", "ASSIGNED", "on", "2026-04-01", "unitId", unit));
        assertThat(assigned.text("state")).isEqualTo("ASSIGNED");
        assertThat(assigned.text("unitId")).isEqualTo(unit);
        assertThat(clocks(research)).extracting(d -> d.get("rule"), d -> d.get("event"), d -> d.get("dueOn"), d -> d.get("state"))
                .containsExactlyInAnyOrder(tuple("BL-21", "RESEARCH_ENDED", "2026-03-30", "MET"),
                        tuple("BL-21", "REPORT_ASSIGNED", "2026-07-01", "OPEN"));
        step(research, "ANSWERED", "2026-06-15");
        assertThat(clocks(research)).extracting(d -> d.get("state")).containsOnly("MET");

        String inspection = recorded("INSPECTION_REPORT", "关于全省农村公路建设的视察报告", "视察组建议加大养护投入", "2026-03-02", null);
        assertThat(clocks(inspection)).isEmpty();
        var withoutUnit = step(inspection, "ASSIGNED", "2026-03-03");
        assertThat(withoutUnit.status()).isEqualTo(422);
        assertThat(withoutUnit.pointers()).containsExactly("/unitId");
        api.post("/api/v1/matters/" + inspection + "/steps", liaison, Map.of("step", "ASSIGNED", "on", "2026-03-03", "unitId", unit));
        assertThat(clocks(inspection)).extracting(d -> d.get("rule"), d -> d.get("dueOn"), d -> d.get("state"))
                .containsExactly(tuple("BL-18", "2026-06-03", "OPEN"));
    }

    @Test
    @DisplayName("BL-23, BL-29: a letter is answered within 3 months, a change of details reported within 1 month")
    void letterAndDetailsChange() {
        String letter = recorded("LETTER", "代表来信：反映乡村学校校车不足", "来信反映某县乡村学校校车不足", "2026-02-27", null);
        assertThat(clocks(letter)).extracting(d -> d.get("rule"), d -> d.get("event"), d -> d.get("dueOn"), d -> d.get("state"))
                .containsExactly(tuple("BL-23", "LETTER_RECEIVED", "2026-05-27", "OPEN"));
        assertThat(step(letter, "ANSWERED", "2026-05-20").text("state")).isEqualTo("ANSWERED");
        assertThat(clocks(letter)).extracting(d -> d.get("state"), d -> d.get("metOn")).containsExactly(tuple("MET", "2026-05-20"));
        assertThat(step(letter, "ANSWERED", "2026-05-21").status()).isEqualTo(422);

        String change = recorded("DETAILS_CHANGE", "工作单位变动", "调任长沙市某区教育局", "2026-08-31", null);
        assertThat(clocks(change)).extracting(d -> d.get("rule"), d -> d.get("responsible"), d -> d.get("dueOn"))
                .containsExactly(tuple("BL-29", "DEPUTY", "2026-09-30"));
        var beforeItHappened = step(change, "CHANGE_REPORTED", "2026-08-30");
        assertThat(beforeItHappened.status()).isEqualTo(422);
        assertThat(beforeItHappened.pointers()).containsExactly("/on");
        assertThat(step(change, "CHANGE_REPORTED", "2026-09-15").text("state")).isEqualTo("REPORTED");
        assertThat(clocks(change)).extracting(d -> d.get("state")).containsOnly("MET");
    }

    @Test
    @DisplayName("a deputy sees only matters concerning them and records none; another congress's matter answers 404")
    void whoSeesWhat() {
        String letter = recorded("LETTER", "代表来信：反映农田水利设施老化", "来信反映灌区渠道老化", "2026-03-01", null);
        String deputy1Token = api.token("hunan-deputy1");
        String deputy2Token = api.token("hunan-deputy2");
        String qinghai = api.token("qinghai-liaison");

        assertThat(api.get("/api/v1/matters/" + letter, deputy1Token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/matters", deputy1Token).list("items")).extracting(m -> m.get("id")).contains(letter);
        assertThat(api.get("/api/v1/matters/" + letter, deputy2Token).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/matters", deputy2Token).list("items")).extracting(m -> m.get("id")).doesNotContain(letter);
        assertThat(api.post("/api/v1/matters", deputy1Token, Map.of("kind", "LETTER")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/matters/" + letter, qinghai).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/matters/" + letter + "/steps", qinghai, Map.of("step", "ANSWERED", "on", "2026-03-02")).status())
                .isEqualTo(404);
        var future = api.post("/api/v1/matters", liaison, Map.of("kind", "LETTER", "deputyIds", List.of(deputy1), "title", "来信",
                "content", "内容", "on", "2999-01-01"));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.pointers()).containsExactly("/on");
        var appointmentWithoutUnit = api.post("/api/v1/matters", liaison, Map.of("kind", "APPOINTMENT", "deputyIds", List.of(deputy1),
                "title", "约见", "content", "内容", "on", "2026-03-01"));
        assertThat(appointmentWithoutUnit.status()).isEqualTo(422);
        assertThat(message(appointmentWithoutUnit)).contains("被约见人所在单位");
    }

    private String recorded(String kind, String title, String content, String on, String unitId) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "deputyIds", List.of(deputy1), "title", title, "content", content,
                "on", on));
        if (unitId != null) {
            body.put("unitId", unitId);
        }
        var recorded = api.post("/api/v1/matters", liaison, body);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.text("id");
    }

    private ApiClient.Response step(String id, String step, String on) {
        return api.post("/api/v1/matters/" + id + "/steps", liaison, Map.of("step", step, "on", on));
    }

    private List<Map<String, Object>> clocks(String id) {
        String kind = api.get("/api/v1/matters/" + id, liaison).text("kind");
        var response = api.get("/api/v1/deadlines?subjectKind=" + kind + "&subjectId=" + id, liaison);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.list("items");
    }

    private static String message(ApiClient.Response response) {
        return response.list("errors").getFirst().get("message").toString();
    }
}
