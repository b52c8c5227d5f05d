package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class DutyRecordIT extends ApiTest {

    @Test
    @DisplayName("QH-10.1: the liaison office registers a session speech and it counts at once; a deputy may not register one")
    void organiserRegistration() {
        String liaison = api.token("qinghai-liaison");
        String deputy = deputyNamed(liaison, "马建国");

        var speech = api.post("/api/v1/duty-records", liaison,
                Map.of("deputyId", deputy, "type", "SESSION_SPEECH", "date", "2025-01-20"));
        var bySelf = api.post("/api/v1/duty-records/self", api.token("qinghai-deputy1"),
                Map.of("type", "SESSION_SPEECH", "date", "2025-01-20"));

        assertThat(speech.status()).isEqualTo(201);
        assertThat(speech.text("state")).isEqualTo("CONFIRMED");
        assertThat(speech.text("source")).isEqualTo("ORGANISER");
        assertThat(bySelf.status()).isEqualTo(422);
        assertThat(bySelf.pointers()).containsExactly("/type");
        assertThat(bySelf.list("errors").getFirst().get("message").toString()).contains("大会审议发言").contains("代表工作部门");
    }

    @Test
    @DisplayName("a self-registered fixed-contact visit waits for the liaison office, which confirms it")
    void selfRegistrationConfirmed() {
        String own = api.token("qinghai-deputy1");
        var visit = api.post("/api/v1/duty-records/self", own,
                Map.of("type", "FIXED_CONTACT_VISIT", "date", "2025-03-02", "counterpart", "村民甲"));
        String liaison = api.token("qinghai-liaison");
        boolean queued = api.get("/api/v1/duty-records/review-queue?size=200", liaison).list("items").stream()
                .anyMatch(item -> item.get("id").equals(visit.text("id")));

        var confirmed = api.post("/api/v1/duty-records/" + visit.text("id") + "/review", liaison, Map.of("decision", "CONFIRM"));

        assertThat(visit.text("state")).isEqualTo("PENDING");
        assertThat(queued).isTrue();
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.text("state")).isEqualTo("CONFIRMED");
        assertThat(api.post("/api/v1/duty-records/" + visit.text("id") + "/review", liaison, Map.of("decision", "REJECT",
                "reason", "重复")).status()).isEqualTo(422);
    }

    @Test
    @DisplayName("QH-10.3: a group activity is reviewed by the group's leader only; staff and an unassigned leader are refused")
    void groupLeaderReviews() {
        String liaison = api.token("qinghai-liaison");
        String group = api.get("/api/v1/deputy-groups?size=200", liaison).list("items").stream()
                .filter(unit -> unit.get("name").equals("城东区代表小组")).findFirst().orElseThrow().get("id").toString();
        var activity = api.post("/api/v1/duty-records/self", api.token("qinghai-deputy1"),
                Map.of("type", "GROUP_ACTIVITY", "date", "2025-04-08", "note", "小组调研"));
        String path = "/api/v1/duty-records/" + activity.text("id") + "/review";
        String leader = api.token("qinghai-leader");

        var byStaff = api.post(path, liaison, Map.of("decision", "CONFIRM"));
        var beforeAssignment = api.post(path, leader, Map.of("decision", "CONFIRM"));
        api.post("/api/v1/positions", liaison, Map.of("position", "GROUP_LEADER", "name", "组长甲", "login", "qinghai-leader",
                "unitId", group, "from", "2023-01-15"));
        var queue = api.get("/api/v1/duty-records/review-queue", leader).list("items");
        var withoutReason = api.post(path, leader, Map.of("decision", "REJECT"));
        var rejected = api.post(path, leader, Map.of("decision", "REJECT", "reason", "未附活动材料"));

        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(byStaff.text("detail")).contains("代表小组组长");
        assertThat(beforeAssignment.status()).isEqualTo(403);
        assertThat(queue).extracting(item -> item.get("id")).containsExactly(activity.text("id"));
        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(withoutReason.pointers()).containsExactly("/reason");
        assertThat(rejected.text("state")).isEqualTo("REJECTED");
        assertThat(rejected.text("rejectionReason")).isEqualTo("未附活动材料");
    }

    @Test
    @DisplayName("DC-8.1: the organiser registers attendance; invitees who stayed away are absent; registering a deputy twice is refused")
    void activityAttendance() {
        String liaison = api.token("bj-dongcheng-liaison");
        String term = api.firstTermId(liaison);
        String present = deputyNamed(liaison, "王雅琴");
        String away = deputyNamed(liaison, "张宏伟");
        var activity = api.post("/api/v1/duty-activities", liaison, Map.of("termId", term, "type", "TRAINING",
                "title", "履职培训班", "date", "2025-05-10", "invited", List.of(present, away)));
        String attendance = "/api/v1/duty-activities/" + activity.text("id") + "/attendance";

        var registered = api.post(attendance, liaison, Map.of("attended", List.of(present), "confirmed", List.of(away)));
        var again = api.post(attendance, liaison, Map.of("attended", List.of(present)));
        var byDeputy = api.post(attendance, api.token("bj-dongcheng-deputy1"), Map.of("attended", List.of(present)));

        assertThat(activity.status()).isEqualTo(201);
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.list("records")).singleElement()
                .satisfies(record -> assertThat(record).containsEntry("deputyId", present).containsEntry("type", "TRAINING"));
        assertThat(registered.list("absences")).singleElement().satisfies(absence -> assertThat(absence)
                .containsEntry("deputyId", away).containsEntry("approved", false).containsEntry("confirmedAttendance", true));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.pointers()).containsExactly("/attended/0");
        assertThat(byDeputy.status()).isEqualTo(403);
    }

    @Test
    @DisplayName("an activity type outside the profile's catalogue, a future date and another congress's record are refused")
    void refusals() {
        String liaison = api.token("qinghai-liaison");
        String deputy = deputyNamed(liaison, "马建国");
        var record = api.post("/api/v1/duty-records", liaison, Map.of("deputyId", deputy, "type", "TRAINING", "date", "2024-06-01"));

        var unknownType = api.post("/api/v1/duty-records", liaison, Map.of("deputyId", deputy, "type", "PICNIC", "date", "2024-06-01"));
        var future = api.post("/api/v1/duty-records", liaison, Map.of("deputyId", deputy, "type", "TRAINING", "date", "2099-06-01"));
        var foreign = api.get("/api/v1/duty-records/" + record.text("id"), api.token("bj-dongcheng-liaison"));
        var ownArchive = api.get("/api/v1/deputies/" + deputy + "/archive", api.token("qinghai-deputy1"));

        assertThat(unknownType.status()).isEqualTo(422);
        assertThat(unknownType.pointers()).containsExactly("/type");
        assertThat(future.pointers()).containsExactly("/date");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(ownArchive.list("records")).anySatisfy(type -> assertThat(type).containsEntry("type", "TRAINING"));
    }

    @Test
    @DisplayName("QH-6.3: leave from a training approved by its organiser makes the absence approved; without it the absence counts")
    void recessLeaveApprovedByOrganiser() {
        String liaison = api.token("qinghai-liaison");
        String onLeave = deputyNamed(liaison, "才让卓玛");
        String away = deputyNamed(liaison, "赵立军");
        String present = deputyNamed(liaison, "李文华");
        var activity = api.post("/api/v1/duty-activities", liaison, Map.of("termId", api.firstTermId(liaison), "type", "TRAINING",
                "title", "新任代表履职培训", "date", "2025-09-10", "invited", List.of(onLeave, away, present)));
        String leave = api.post("/api/v1/leave-requests", api.token("qinghai-deputy2"), Map.of("leaveFrom", "TRAINING",
                "activityId", activity.text("id"), "halfDays", 2, "reason", "外出参加调研")).text("id");
        var byOtherDeputy = api.post("/api/v1/leave-requests/" + leave + "/decisions", api.token("qinghai-deputy1"),
                Map.of("outcome", "PASS"));
        var byOrganiser = api.post("/api/v1/leave-requests/" + leave + "/decisions", liaison, Map.of("outcome", "PASS"));

        var attendance = api.post("/api/v1/duty-activities/" + activity.text("id") + "/attendance", liaison,
                Map.of("attended", List.of(present), "confirmed", List.of(onLeave, away)));

        assertThat(byOtherDeputy.status()).isEqualTo(403);
        assertThat(byOrganiser.text("state")).as(byOrganiser.toString()).isEqualTo("APPROVED");
        assertThat(attendance.list("absences")).extracting(a -> a.get("deputyId"), a -> a.get("approved"))
                .containsExactlyInAnyOrder(tuple(onLeave, true), tuple(away, false));
    }

    @Test
    @DisplayName("DC-8.4: station receptions are registered by the work committee; a Dongcheng deputy cannot register one")
    void dongchengReceptionsByWorkCommittee() {
        var bySelf = api.post("/api/v1/duty-records/self", api.token("bj-dongcheng-deputy1"),
                Map.of("type", "STATION_RECEPTION", "date", "2025-06-01"));

        assertThat(bySelf.status()).isEqualTo(422);
        assertThat(bySelf.list("errors").getFirst().get("message").toString()).contains("人大街工委");
    }
}
