package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Leave requests in Qinghai through the HTTP API against the real database, with the chains of the Qinghai seed
 * profile: QH-4.1 (reasons), QH-4.2.1 (whole session), QH-4.2.2 (meetings during the session).
 */
@MicronautTest(transactional = false, environments = "attendance")
class LeaveApprovalIT extends ApiTest {

    private Qinghai qinghai;
    private String deputy;
    private List<String> meetings;
    private String session;

    @BeforeAll
    void officesAndASession() {
        api = new ApiClient(server.getURI(), json);
        qinghai = new Qinghai(api);
        qinghai.assignQinghaiOffices();
        deputy = api.token("qinghai-deputy1");
        var planned = qinghai.session(11, "2027-01-18", "2027-01-21", List.of(
                Qinghai.meeting("PLENARY", "2027-01-18", "MORNING"),
                Qinghai.meeting("GROUP", "2027-01-18", "AFTERNOON"),
                Qinghai.meeting("GROUP", "2027-01-19", "MORNING"),
                Qinghai.meeting("GROUP", "2027-01-19", "AFTERNOON"),
                Qinghai.meeting("GROUP", "2027-01-20", "MORNING"),
                Qinghai.meeting("GROUP", "2027-01-20", "AFTERNOON")));
        session = String.valueOf(planned.get("id"));
        meetings = Qinghai.meetingIds(planned);
    }

    private ApiClient.Response ask(String token, Map<String, Object> body) {
        return api.post("/api/v1/leave-requests", token, body);
    }

    private ApiClient.Response fromMeetings(List<String> meetingIds) {
        return ask(deputy, Map.of("leaveFrom", "SESSION_MEETING", "sessionId", session, "meetingIds", meetingIds,
                "reason", "ILLNESS_OR_SPECIAL", "explanation", "住院治疗"));
    }

    private ApiClient.Response decide(String user, String id, String outcome, String documentReference) {
        Map<String, Object> body = new HashMap<>(Map.of("outcome", outcome, "note", "同意"));
        if (documentReference != null) {
            body.put("documentReference", documentReference);
        }
        return api.post("/api/v1/leave-requests/" + id + "/decisions", api.token(user), body);
    }

    @SuppressWarnings("unchecked")
    private static List<String> actors(ApiClient.Response leave) {
        return ((List<Map<String, Object>>) leave.json().get("steps")).stream().map(s -> String.valueOf(s.get("actor"))).toList();
    }

    @Test
    @DisplayName("QH-4.2.2: half a day from a group meeting is approved by the head of the deputy's own delegation alone; the head of another delegation is refused")
    void qh422HalfDayByDelegationHead() {
        var asked = fromMeetings(List.of(meetings.get(1)));
        String id = asked.text("id");

        var otherHead = decide("qinghai-haidong-head", id, "PASS", null);
        var approved = decide("qinghai-head", id, "PASS", null);

        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.text("rule")).isEqualTo("QH-4.2.2");
        assertThat(asked.json().get("halfDays")).isEqualTo(1);
        assertThat(actors(asked)).containsExactly("DELEGATION_HEAD");
        assertThat(otherHead.status()).isEqualTo(403);
        assertThat(otherHead.contentType()).startsWith("application/problem+json");
        assertThat(otherHead.text("detail")).contains("代表团团长");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.text("state")).isEqualTo("APPROVED");
        assertThat(approved.list("decisions")).singleElement().satisfies(d -> assertThat(d.get("decidedBy")).isEqualTo("qinghai-head"));
        assertThat(inboxSubjects(deputy, "请假已批准")).anyMatch(s -> s.contains("请假已批准"));
    }

    @Test
    @DisplayName("QH-4.2.2: two days from group meetings go to the delegation head, the delegation office, the session secretariat and the secretary-general, in that order")
    void qh422TwoDaysFourSteps() {
        var asked = fromMeetings(meetings.subList(2, 6));
        String id = asked.text("id");

        var tooEarly = decide("qinghai-secretary-general", id, "PASS", null);
        var staffInstead = decide("qinghai-liaison", id, "PASS", null);
        var signed = decide("qinghai-head", id, "PASS", null);
        var forwarded = decide("qinghai-delegation-office", id, "PASS", null);
        var submitted = decide("qinghai-secretariat", id, "PASS", null);
        var approved = decide("qinghai-secretary-general", id, "PASS", null);

        assertThat(asked.json().get("halfDays")).isEqualTo(4);
        assertThat(actors(asked)).containsExactly("DELEGATION_HEAD", "DELEGATION_OFFICE", "SESSION_SECRETARIAT", "SECRETARY_GENERAL");
        assertThat(tooEarly.status()).isEqualTo(403);
        assertThat(staffInstead.status()).isEqualTo(403);
        assertThat(signed.json().get("currentStep")).isEqualTo(1);
        assertThat(forwarded.json().get("currentStep")).isEqualTo(2);
        assertThat(submitted.json().get("currentStep")).isEqualTo(3);
        assertThat(approved.text("state")).isEqualTo("APPROVED");
        assertThat(approved.list("decisions")).extracting(d -> d.get("action")).containsExactly("SIGN", "FORWARD", "SUBMIT", "APPROVE");
    }

    @Test
    @DisplayName("QH-4.2.1: the electing unit's agreement to whole-session leave is recorded by staff with its document reference, and refused without one")
    void qh421ElectingUnitRecordedByStaff() {
        String otherDeputy = deputyNamed(qinghai.liaison, "李文华");
        var asked = ask(qinghai.liaison, Map.of("deputyId", otherDeputy, "leaveFrom", "WHOLE_SESSION", "sessionId", session,
                "reason", "OFFICIAL_TRAVEL_ABROAD"));
        String id = asked.text("id");

        var byDeputy = decide("qinghai-deputy1", id, "PASS", "西人常〔2027〕1号");
        var withoutReference = decide("qinghai-liaison", id, "PASS", null);
        var agreed = decide("qinghai-liaison", id, "PASS", "西人常〔2027〕1号");

        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.text("rule")).isEqualTo("QH-4.2.1");
        assertThat(actors(asked)).containsExactly("ELECTING_UNIT_STANDING_COMMITTEE", "GENERAL_OFFICE", "CHAIR");
        assertThat(byDeputy.status()).isEqualTo(403);
        assertThat(withoutReference.status()).isEqualTo(422);
        assertThat(withoutReference.pointers()).containsExactly("/documentReference");
        assertThat(agreed.status()).isEqualTo(200);
        assertThat(agreed.list("decisions")).singleElement().satisfies(d -> {
            assertThat(d.get("actedAs")).isEqualTo("ELECTING_UNIT_STANDING_COMMITTEE");
            assertThat(d.get("documentReference")).isEqualTo("西人常〔2027〕1号");
        });
        assertThat(agreed.json().get("currentStep")).isEqualTo(1);
    }

    @Test
    @DisplayName("QH-4.1: a reason the profile does not list is refused, naming the allowed reasons in Chinese")
    void qh41ReasonOutsideTheList() {
        var refused = ask(deputy, Map.of("leaveFrom", "SESSION_MEETING", "sessionId", session, "meetingIds", List.of(meetings.get(0)),
                "reason", "FAMILY_MATTERS"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.pointers()).containsExactly("/reason");
        assertThat(refused.list("errors").getFirst().get("message").toString()).contains("公务出国、出境", "因病或其他特殊情况");
    }

    @Test
    @DisplayName("a deputy sees their own requests, the delegation head their queue, and another congress's request answers 404")
    void listsQueueAndIsolation() {
        String id = fromMeetings(List.of(meetings.get(0))).text("id");

        var own = api.get("/api/v1/leave-requests?state=PENDING", deputy);
        var queue = api.get("/api/v1/leave-requests/awaiting-me", api.token("qinghai-head"));
        var otherQueue = api.get("/api/v1/leave-requests/awaiting-me", api.token("qinghai-haidong-head"));
        var fromHunan = api.get("/api/v1/leave-requests/" + id, api.token("hunan-liaison"));
        var withdrawn = api.post("/api/v1/leave-requests/" + id + "/withdraw", deputy, "");

        assertThat(own.list("items")).extracting(r -> r.get("id")).contains(id);
        assertThat(queue.list("items")).extracting(r -> r.get("id")).contains(id);
        assertThat(otherQueue.list("items")).extracting(r -> r.get("id")).doesNotContain(id);
        assertThat(fromHunan.status()).isEqualTo(404);
        assertThat(withdrawn.text("state")).isEqualTo("WITHDRAWN");
    }

    static final class Qinghai {

        static final String FROM = "2023-02-01";

        private final ApiClient api;
        final String liaison;
        final String term;

        Qinghai(ApiClient api) {
            this.api = api;
            this.liaison = api.token("qinghai-liaison");
            this.term = api.firstTermId(liaison);
        }

        String delegation(String name) {
            return api.get("/api/v1/delegations?size=200", liaison).list("items").stream()
                    .filter(d -> name.equals(d.get("name"))).map(d -> String.valueOf(d.get("id"))).findFirst().orElseThrow();
        }

        /** Gives the office to the user (linked by login), in the unit where the office is held in one. */
        void assign(String position, String name, String login, String unitId) {
            var body = new HashMap<String, Object>(Map.of("position", position, "name", name, "login", login, "from", FROM));
            if (unitId != null) {
                body.put("unitId", unitId);
            }
            var response = api.post("/api/v1/positions", liaison, body);
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
        }

        /** Assigns every office of QH-4.2.1 and QH-4.2.2 to the attendance users. */
        void assignQinghaiOffices() {
            String xining = delegation("西宁市代表团");
            String haidong = delegation("海东市代表团");
            assign("DELEGATION_HEAD", "西宁团长", "qinghai-head", xining);
            assign("DELEGATION_HEAD", "海东团长", "qinghai-haidong-head", haidong);
            assign("DELEGATION_OFFICE", "西宁团工作机构", "qinghai-delegation-office", xining);
            assign("SESSION_SECRETARIAT", "大会秘书处", "qinghai-secretariat", null);
            assign("SECRETARY_GENERAL", "大会秘书长", "qinghai-secretary-general", null);
            assign("CHAIR", "常委会主任", "qinghai-chair", null);
        }

        /** Plans a session of the first term; meetings as {kind, date, halfDay}. */
        Map<String, Object> session(int number, String opensOn, String closesOn, List<Map<String, String>> meetings) {
            var created = api.post("/api/v1/sessions", liaison, Map.of("termId", term, "number", number, "title", "第十四届第" + number + "次会议",
                    "opensOn", opensOn, "closesOn", closesOn, "meetings", meetings));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return created.json();
        }

        static Map<String, String> meeting(String kind, String date, String halfDay) {
            return Map.of("kind", kind, "date", date, "halfDay", halfDay);
        }

        @SuppressWarnings("unchecked")
        static List<String> meetingIds(Map<String, Object> session) {
            return ((List<Map<String, Object>>) session.get("meetings")).stream().map(m -> String.valueOf(m.get("id"))).toList();
        }
    }
}
