package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.duty.port.out.AbsencePort;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyRecord;

/**
 * Closing a Qinghai session through the HTTP API against the real database: attendance and approved leave become
 * the Absence facts supervision counts (QH-4.2.3, QH-11.3) and session-attendance records (QH-10.1).
 */
@MicronautTest(transactional = false, environments = "attendance")
class SessionCloseIT extends ApiTest {

    private static final CongressId QINGHAI = new CongressId("qinghai");
    private static final LocalDate OPENS = LocalDate.parse("2027-03-01");

    @Inject AbsencePort absences;
    @Inject DutyRecordPort records;
    @Inject TransactionPort transactions;

    private LeaveApprovalIT.Qinghai qinghai;
    private String liaison;
    private String session;
    private List<String> meetings;
    private String attendedPlenaryOnly;
    private String onApprovedLeave;
    private String awayWithoutLeave;

    @BeforeAll
    void aSessionWithAttendanceAndLeave() {
        api = new ApiClient(server.getURI(), json);
        qinghai = new LeaveApprovalIT.Qinghai(api);
        qinghai.assignQinghaiOffices();
        liaison = qinghai.liaison;
        var planned = qinghai.session(21, "2027-03-01", "2027-03-02", List.of(
                LeaveApprovalIT.Qinghai.meeting("PLENARY", "2027-03-01", "MORNING"),
                LeaveApprovalIT.Qinghai.meeting("GROUP", "2027-03-01", "AFTERNOON"),
                LeaveApprovalIT.Qinghai.meeting("GROUP", "2027-03-02", "MORNING")));
        session = String.valueOf(planned.get("id"));
        meetings = LeaveApprovalIT.Qinghai.meetingIds(planned);
        attendedPlenaryOnly = deputyNamed(liaison, "马建国");
        onApprovedLeave = deputyNamed(liaison, "才让卓玛");
        awayWithoutLeave = deputyNamed(liaison, "李文华");
        approveWholeSessionLeave(onApprovedLeave);
        attend(meetings.get(0), List.of(attendedPlenaryOnly, awayWithoutLeave));
        attend(meetings.get(0), List.of(attendedPlenaryOnly));
    }

    private void attend(String meeting, List<String> deputyIds) {
        var registered = api.put("/api/v1/sessions/" + session + "/meetings/" + meeting + "/attendance", liaison,
                Map.of("deputyIds", deputyIds));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
    }

    /** QH-4.2.1 end to end: the electing unit and the general office recorded by staff, the chair approves. */
    private void approveWholeSessionLeave(String deputyId) {
        String id = api.post("/api/v1/leave-requests", liaison, Map.of("deputyId", deputyId, "leaveFrom", "WHOLE_SESSION",
                "sessionId", session, "reason", "IMPORTANT_MEETING")).text("id");
        api.post("/api/v1/leave-requests/" + id + "/decisions", liaison, Map.of("outcome", "PASS", "documentReference", "东人常〔2027〕5号"));
        api.post("/api/v1/leave-requests/" + id + "/decisions", liaison, Map.of("outcome", "PASS", "documentReference", "青人办〔2027〕9号"));
        var approved = api.post("/api/v1/leave-requests/" + id + "/decisions", api.token("qinghai-chair"), Map.of("outcome", "PASS"));
        assertThat(approved.text("state")).as(approved.toString()).isEqualTo("APPROVED");
    }

    private List<Absence> absencesOf(String deputyId) {
        return transactions.readInCongress(QINGHAI, () -> absences.ofDeputy(new DeputyId(UUID.fromString(deputyId)), OPENS, OPENS.plusDays(1)));
    }

    private List<DutyRecord> recordsOf(String deputyId) {
        return transactions.readInCongress(QINGHAI, () -> records.ofDeputy(new DeputyId(UUID.fromString(deputyId)), OPENS, OPENS.plusDays(1)))
                .stream().filter(r -> r.type().equals("SESSION_ATTENDANCE")).toList();
    }

    @Test
    @DisplayName("QH-4.2.3, QH-11.3: closing a session records an unapproved session absence without leave, an approved one with leave, and only meeting absences for a deputy who missed group meetings; closing twice adds nothing")
    void closingDerivesAbsencesOnce() {
        var closed = api.post("/api/v1/sessions/" + session + "/close", liaison, "");
        var again = api.post("/api/v1/sessions/" + session + "/close", liaison, "");

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(absencesOf(awayWithoutLeave)).extracting(Absence::from, Absence::approved).containsExactlyInAnyOrder(
                tuple(Absence.SESSION, false),
                tuple(Absence.SESSION_MEETING, false), tuple(Absence.SESSION_MEETING, false), tuple(Absence.SESSION_MEETING, false));
        assertThat(absencesOf(onApprovedLeave)).extracting(Absence::from, Absence::approved).containsExactlyInAnyOrder(
                tuple(Absence.SESSION, true),
                tuple(Absence.SESSION_MEETING, true), tuple(Absence.SESSION_MEETING, true), tuple(Absence.SESSION_MEETING, true));
        assertThat(absencesOf(attendedPlenaryOnly)).extracting(Absence::from, Absence::approved, a -> a.reference().orElseThrow())
                .containsExactlyInAnyOrder(
                        tuple(Absence.SESSION_MEETING, false, meetings.get(1)), tuple(Absence.SESSION_MEETING, false, meetings.get(2)));
        assertThat(recordsOf(attendedPlenaryOnly)).hasSize(1);
        assertThat(recordsOf(awayWithoutLeave)).isEmpty();
        assertThat(again.json().get("closed")).isEqualTo(true);
    }

    @Test
    @DisplayName("the attendance sheet shows, per meeting, who attended, who was on approved leave and who was absent")
    void attendanceSheet() {
        var sheet = api.get("/api/v1/sessions/" + session + "/attendance", api.token("qinghai-deputy1"));

        @SuppressWarnings("unchecked")
        var plenary = (List<Map<String, Object>>) sheet.list("meetings").getFirst().get("entries");
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(plenary).extracting(e -> e.get("deputyId"), e -> e.get("status")).contains(
                tuple(attendedPlenaryOnly, "ATTENDED"), tuple(onApprovedLeave, "ON_LEAVE"), tuple(awayWithoutLeave, "ABSENT"));
    }

    @Test
    @DisplayName("another congress's session answers 404 to reads, attendance and closing")
    void otherCongressSessionIsNotFound() {
        String hunan = api.token("hunan-liaison");

        assertThat(api.get("/api/v1/sessions/" + session, hunan).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/sessions/" + session + "/attendance", hunan).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/sessions/" + session + "/meetings/" + meetings.get(0) + "/attendance", hunan,
                Map.of("deputyIds", List.of())).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/sessions/" + session + "/close", hunan, "").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("a session is planned within its term with its meetings, and listed; bad meetings are refused with their pointers")
    void planAndList() {
        var refused = api.post("/api/v1/sessions", liaison, Map.of("termId", qinghai.term, "number", 29, "title", "第十四届第29次会议",
                "opensOn", "2027-05-01", "closesOn", "2027-05-02",
                "meetings", List.of(Map.of("kind", "DINNER", "date", "2027-05-01", "halfDay", "MORNING"),
                        Map.of("kind", "GROUP", "date", "2027-06-01", "halfDay", "AFTERNOON"))));
        var listed = api.get("/api/v1/sessions?size=200", api.token("qinghai-deputy2"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.pointers()).contains("/meetings/0/kind");
        assertThat(listed.list("items")).extracting(s -> s.get("id")).contains(session);
    }
}
