package org.lvzhi.adapter.web.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertInvalid;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertProblem;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.testing.Api;
import org.lvzhi.adapter.web.testing.FixedClock;
import org.lvzhi.adapter.web.testing.Script;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.attendance.port.in.AttendanceSheet;
import org.lvzhi.application.attendance.port.in.DecideLeaveCommand;
import org.lvzhi.application.attendance.port.in.LeaveUseCases;
import org.lvzhi.application.attendance.port.in.OpenSessionCommand;
import org.lvzhi.application.attendance.port.in.RequestLeaveCommand;
import org.lvzhi.application.attendance.port.in.SessionUseCases;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.attendance.ApprovalChain;
import org.lvzhi.domain.attendance.DecisionOutcome;
import org.lvzhi.domain.attendance.HalfDay;
import org.lvzhi.domain.attendance.LeaveFrom;
import org.lvzhi.domain.attendance.LeaveRequest;
import org.lvzhi.domain.attendance.LeaveState;
import org.lvzhi.domain.attendance.MeetingKind;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.attendance.SessionMeeting;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.policy.ApprovalStep;
import org.lvzhi.domain.shared.InvariantViolation;

/** Sessions, attendance and leave over HTTP, the use cases replaced by fakes. */
@MicronautTest
class AttendanceRoutesTest {

    private static final String OFFICER = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai"));
    private static final String DEPUTY = TestTokens.of("zhang", List.of("DEPUTY"), List.of("qinghai"));
    private static final Term TERM = new Term(TermId.random(), 14, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31));
    private static final Session SESSION = Session.plan(TERM, 3, "第十四届人民代表大会第三次会议", FixedClock.TODAY, FixedClock.TODAY.plusDays(1),
            List.of(new Session.MeetingPlan(MeetingKind.PLENARY, FixedClock.TODAY, HalfDay.MORNING)));
    private static final SessionMeeting MEETING = SESSION.meetings().getFirst();
    private static final LeaveRequest LEAVE = LeaveRequest.fromActivity(DeputyId.random(), LeaveFrom.RECESS_ACTIVITY, DutyActivityId.random(),
            FixedClock.TODAY, 1, "ILLNESS", Optional.of("住院"),
            new ApprovalChain("LEAVE_APPROVAL", "代表法第四十四条", List.of(new ApprovalStep("ORGANISER", "APPROVE", List.of(), Optional.empty())),
                    Optional.empty()),
            "zhang", FixedClock.NOW);

    @Inject
    Api api;

    private final Script<SessionUseCases> sessions = Script.of(SessionUseCases.class);
    private final Script<LeaveUseCases> leaves = Script.of(LeaveUseCases.class);

    @MockBean(SessionUseCases.class)
    SessionUseCases sessions() {
        return sessions.port();
    }

    @MockBean(LeaveUseCases.class)
    LeaveUseCases leaves() {
        return leaves.port();
    }

    @Test
    @DisplayName("an opened session answers 201 with its meetings and Chinese kinds; the plan reaches the use case parsed")
    void opensSessions() {
        sessions.answer(SESSION, "open");

        var opened = api.postJson("/api/v1/sessions", OFFICER, """
                {"termId":"%s","number":3,"title":"第十四届人民代表大会第三次会议","opensOn":"2026-03-02","closesOn":"2026-03-03",
                 "meetings":[{"kind":"PLENARY","date":"2026-03-02","halfDay":"MORNING"}]}""".formatted(TERM.id()));

        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.node().get("meetings").get(0).get("kindName").getStringValue()).containsPattern("\\p{IsHan}");
        OpenSessionCommand command = sessions.argument("open", 1, OpenSessionCommand.class);
        assertThat(command.term()).isEqualTo(TERM.id());
        assertThat(command.meetings()).containsExactly(new Session.MeetingPlan(MeetingKind.PLENARY, FixedClock.TODAY, HalfDay.MORNING));
    }

    @Test
    @DisplayName("a plan with missing fields and a bad meeting is one 422 pointing into the meeting by index")
    void refusesABadPlan() {
        var refused = api.postJson("/api/v1/sessions", OFFICER,
                "{\"termId\":\"x\",\"meetings\":[{\"kind\":\"PLENARY\",\"date\":\"2026-03-02\",\"halfDay\":\"EVENING\"},{\"kind\":\"DINNER\"}]}");

        assertInvalid(refused, "/termId", "/number", "/title", "/opensOn", "/closesOn", "/meetings/0/halfDay", "/meetings/1/kind",
                "/meetings/1/date", "/meetings/1/halfDay");
        assertThat(sessions.called("open")).isFalse();
    }

    @Test
    @DisplayName("sessions are listed in pages with the envelope and its Link")
    void listsSessions() {
        sessions.answer(new Page<>(List.of(SESSION), 0, 1, 4), "list");

        var page = api.get("/api/v1/sessions?size=1", DEPUTY);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.node().get("items").get(0).get("title").getStringValue()).isEqualTo("第十四届人民代表大会第三次会议");
        assertThat(page.text("total")).isEqualTo("4");
        assertThat(page.header("Link")).isEqualTo("<" + page.text("next") + ">; rel=\"next\"");
    }

    @Test
    @DisplayName("attendance is registered for the meeting of the path; bad deputy ids are one 422 by index, none given a 422 at /deputyIds")
    void registersAttendance() {
        sessions.answer(new AttendanceSheet(SESSION, List.of(new AttendanceSheet.MeetingSheet(MEETING, List.of()))), "registerAttendance");
        DeputyId deputy = DeputyId.random();
        String path = "/api/v1/sessions/" + SESSION.id() + "/meetings/" + MEETING.id() + "/attendance";

        var registered = api.putJson(path, OFFICER, "{\"deputyIds\":[\"" + deputy + "\"]}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(registered.text("sessionId")).isEqualTo(SESSION.id().toString());
        assertThat(sessions.argument("registerAttendance", 2, Object.class)).isEqualTo(MEETING.id());
        assertThat(sessions.argument("registerAttendance", 3, List.class)).containsExactly(deputy);

        assertInvalid(api.putJson(path, OFFICER, "{\"deputyIds\":[\"a\",\"" + deputy + "\",\"b\"]}"), "/deputyIds/0", "/deputyIds/2");
        assertInvalid(api.putJson(path, OFFICER, "{}"), "/deputyIds");
        assertInvalid(api.putJson("/api/v1/sessions/" + SESSION.id() + "/meetings/m1/attendance", OFFICER, "{\"deputyIds\":[]}"),
                "/meetingId");
    }

    @Test
    @DisplayName("closing an unknown session is a 404 problem; a circulation the profile called for none is a 404 too")
    void answersMissingSessions() {
        sessions.failNextWith(new NotFound("session", SESSION.id()));
        assertProblem(api.postJson("/api/v1/sessions/" + SESSION.id() + "/close", OFFICER, ""), 404);
        sessions.failNextWith(new NotFound("circulation", SESSION.id()));
        assertProblem(api.get("/api/v1/sessions/" + SESSION.id() + "/circulation", DEPUTY), 404);
    }

    @Test
    @DisplayName("a leave request answers 201 with its approval chain; the request reaches the use case parsed as the caller's own")
    void requestsLeave() {
        leaves.answer(LEAVE, "request");
        DutyActivityId activity = LEAVE.activity().orElseThrow();

        var requested = api.postJson("/api/v1/leave-requests", DEPUTY,
                "{\"leaveFrom\":\"RECESS_ACTIVITY\",\"activityId\":\"" + activity + "\",\"reason\":\"ILLNESS\",\"explanation\":\"住院\"}");

        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        assertThat(requested.text("state")).isEqualTo("PENDING");
        assertThat(requested.text("article")).isEqualTo("代表法第四十四条");
        assertThat(requested.node().get("steps").get(0).get("actorName").getStringValue()).containsPattern("\\p{IsHan}");
        assertThat(requested.text("currentStep")).isEqualTo("0");
        RequestLeaveCommand command = leaves.argument("request", 1, RequestLeaveCommand.class);
        assertThat(command.deputy()).isEmpty();
        assertThat(command.from()).isEqualTo(LeaveFrom.RECESS_ACTIVITY);
        assertThat(command.activity()).contains(activity);
        assertThat(command.halfDays()).isEqualTo(1);
        assertThat(leaves.argument("request", 0, ActingCaller.class).subject()).isEqualTo("zhang");
    }

    @Test
    @DisplayName("leave from a session needs the session and well-formed meetings; zero half-days and no reason are refused with them")
    void refusesABadLeaveRequest() {
        var refused = api.postJson("/api/v1/leave-requests", DEPUTY,
                "{\"leaveFrom\":\"SESSION_MEETING\",\"meetingIds\":[\"m\"],\"halfDays\":0}");
        var unknownKind = api.postJson("/api/v1/leave-requests", DEPUTY, "{\"leaveFrom\":\"HOLIDAY\",\"reason\":\"ILLNESS\"}");

        assertInvalid(refused, "/sessionId", "/meetingIds/0", "/halfDays", "/reason");
        assertInvalid(unknownKind, "/leaveFrom");
        assertThat(leaves.called("request")).isFalse();
    }

    @Test
    @DisplayName("the leave list filters by state (an unknown one a 422 at /state); a decision reaches the use case with its outcome")
    void listsAndDecides() {
        leaves.answer(new Slice<>(List.of(LEAVE), 20, Optional.empty()), "list").answer(LEAVE, "decide");

        var listed = api.get("/api/v1/leave-requests?state=PENDING", OFFICER);
        var decided = api.postJson("/api/v1/leave-requests/" + LEAVE.id() + "/decisions", DEPUTY,
                "{\"outcome\":\"REFUSE\",\"note\":\"会期冲突\",\"documentReference\":\" \"}");
        var unknownState = api.get("/api/v1/leave-requests?state=LOST", OFFICER);
        var unknownOutcome = api.postJson("/api/v1/leave-requests/" + LEAVE.id() + "/decisions", DEPUTY, "{\"outcome\":\"MAYBE\"}");

        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(leaves.argument("list", 1, Optional.class)).contains(LeaveState.PENDING);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(leaves.argument("decide", 2, DecideLeaveCommand.class))
                .isEqualTo(new DecideLeaveCommand(DecisionOutcome.REFUSE, Optional.of("会期冲突"), Optional.empty()));
        assertInvalid(unknownState, "/state");
        assertInvalid(unknownOutcome, "/outcome");
    }

    @Test
    @DisplayName("a decision the use case refuses (not the caller's step) is its 422 with the field and reason")
    void answersARefusedDecision() {
        leaves.failNextWith(new InvariantViolation("outcome", "您不是当前审批步骤的审批人"));

        var refused = api.postJson("/api/v1/leave-requests/" + LEAVE.id() + "/decisions", DEPUTY, "{\"outcome\":\"PASS\"}");

        assertInvalid(refused, "/outcome");
        assertThat(refused.message("/outcome")).isEqualTo("您不是当前审批步骤的审批人");
    }
}
