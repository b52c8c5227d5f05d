package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Dongcheng's circulation of a session's leave and absences (DC-3.1.2) through the HTTP API against the real database,
 * under the seed profile: a session of 6 January 2026 with a plenary in the morning and a delegation meeting in the
 * afternoon; 周敏 on approved leave from the afternoon, 张宏伟 missing it without leave, 王雅琴 at both.
 */
@MicronautTest(transactional = false, environments = "attendance")
class LeaveCirculationIT extends ApiTest {

    private static final String FROM = "2022-01-01";

    private String liaison;
    private String session;
    private List<String> meetings;
    private String onLeave;
    private String missedGroup;
    private String present;
    private String missedAll;

    @BeforeAll
    void aSessionWithLeaveAndAbsences() {
        api = new ApiClient(server.getURI(), json);
        liaison = api.token("bj-dongcheng-liaison");
        String term = api.firstTermId(liaison);
        String delegation = api.get("/api/v1/delegations?size=200", liaison).list("items").stream()
                .filter(d -> "东华门街道代表团".equals(d.get("name"))).map(d -> String.valueOf(d.get("id"))).findFirst().orElseThrow();
        var secretariat = api.post("/api/v1/positions", liaison, Map.of("position", "SESSION_SECRETARIAT", "name", "大会秘书处",
                "login", "bj-dongcheng-secretariat", "from", FROM));
        assertThat(secretariat.status()).as(secretariat.toString()).isEqualTo(201);
        var registered = api.post("/api/v1/deputies", liaison, Map.of("name", "周敏", "termId", term, "constituency", "DISTRICT",
                "delegationId", delegation));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        onLeave = registered.text("id");
        missedGroup = deputyNamed(liaison, "张宏伟");
        present = deputyNamed(liaison, "王雅琴");
        missedAll = deputyNamed(liaison, "陈晓东");
        var planned = api.post("/api/v1/sessions", liaison, Map.of("termId", term, "number", 47, "title", "东城区第十七届人大第四十七次会议",
                "opensOn", "2026-01-06", "closesOn", "2026-01-06", "meetings", List.of(
                        LeaveApprovalIT.Qinghai.meeting("PLENARY", "2026-01-06", "MORNING"),
                        LeaveApprovalIT.Qinghai.meeting("GROUP", "2026-01-06", "AFTERNOON"))));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        session = planned.text("id");
        meetings = LeaveApprovalIT.Qinghai.meetingIds(planned.json());
        String leave = api.post("/api/v1/leave-requests", liaison, Map.of("deputyId", onLeave, "leaveFrom", "SESSION_MEETING",
                "sessionId", session, "meetingIds", List.of(meetings.get(1)), "reason", "ILLNESS_OR_SPECIAL")).text("id");
        var approved = api.post("/api/v1/leave-requests/" + leave + "/decisions", api.token("bj-dongcheng-delegation-head"),
                Map.of("outcome", "PASS"));
        assertThat(approved.text("state")).as(approved.toString()).isEqualTo("APPROVED");
        attend(meetings.get(0), List.of(onLeave, missedGroup, present));
        attend(meetings.get(1), List.of(present));
    }

    private void attend(String meeting, List<String> deputyIds) {
        var registered = api.put("/api/v1/sessions/" + session + "/meetings/" + meeting + "/attendance", liaison,
                Map.of("deputyIds", deputyIds));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
    }

    @Test
    @Tag("DC-3.1.2")
    @DisplayName("DC-3.1.2 “请假、缺席情况由大会秘书处进行通报”: closing the session of 6 January 2026 circulates, in the session secretariat's name, the approved leave (with its rule) and every meeting missed without approval; the secretariat and the deputies are told; nothing before closing, nothing twice")
    void closingCirculatesLeaveAndAbsences() {
        String deputy = api.token("bj-dongcheng-deputy1");
        var before = api.get("/api/v1/sessions/" + session + "/circulation", deputy);
        api.post("/api/v1/sessions/" + session + "/close", liaison, "");
        api.post("/api/v1/sessions/" + session + "/close", liaison, "");
        var circulation = api.get("/api/v1/sessions/" + session + "/circulation", deputy);

        assertThat(before.status()).isEqualTo(404);
        assertThat(circulation.status()).as(circulation.toString()).isEqualTo(200);
        assertThat(circulation.text("circulatedBy")).isEqualTo("SESSION_SECRETARIAT");
        assertThat(circulation.text("circulatedByName")).isEqualTo("大会秘书处");
        assertThat(circulation.json().get("circulates")).isEqualTo(List.of("ABSENCE", "LEAVE"));
        assertThat(String.valueOf(circulation.json().get("rules"))).contains("DC-3.1.2（第三条第（一）项第2目）");
        var lines = circulation.list("lines");
        assertThat(lines).extracting(l -> l.get("deputyId"), l -> l.get("kind"), l -> l.get("rule"), l -> meetingIds(l))
                .contains(
                        tuple(onLeave, "LEAVE", "DC-3.1.2（第三条第（一）项第2目）", List.of(meetings.get(1))),
                        tuple(missedGroup, "ABSENCE", null, List.of(meetings.get(1))),
                        tuple(missedAll, "ABSENCE", null, meetings));
        assertThat(lines).extracting(l -> l.get("deputyId")).doesNotContain(present);
        assertThat(lines).filteredOn(l -> onLeave.equals(l.get("deputyId"))).singleElement()
                .satisfies(l -> assertThat(l.get("kindName")).isEqualTo("请假"));
        assertThat(inboxSubjects(api.token("bj-dongcheng-secretariat"), "通报")).containsOnlyOnce("请假、缺席情况通报：东城区第十七届人大第四十七次会议");
        assertThat(inboxSubjects(deputy, "通报")).contains("请假、缺席情况通报：东城区第十七届人大第四十七次会议");
    }

    @Test
    @DisplayName("another congress's session has no circulation to show (404)")
    void otherCongress() {
        assertThat(api.get("/api/v1/sessions/" + session + "/circulation", api.token("hunan-liaison")).status()).isEqualTo(404);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> meetingIds(Map<String, Object> line) {
        return ((List<Map<String, Object>>) line.get("meetings")).stream().map(m -> m.get("id")).toList();
    }
}
