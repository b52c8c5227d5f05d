package org.lvzhi.domain.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.attendance.LeaveFixtures.qinghai;
import static org.lvzhi.domain.attendance.LeaveFixtures.seat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;

class SessionAttendanceTest {

    private static final LocalDate OPENS = LocalDate.of(2025, 1, 20);
    private static final Term TERM = new Term(TermId.random(), 14, LocalDate.of(2023, 1, 15), LocalDate.of(2028, 1, 14));
    private final Session session = Session.plan(TERM, 3, "第十四届三次会议", OPENS, OPENS, List.of(
            new Session.MeetingPlan(MeetingKind.PLENARY, OPENS, HalfDay.MORNING),
            new Session.MeetingPlan(MeetingKind.GROUP, OPENS, HalfDay.AFTERNOON)));
    private final SessionMeeting plenary = session.meetings().get(0);
    private final SessionMeeting group = session.meetings().get(1);
    private final DeputyId present = DeputyId.random();
    private final DeputyId missedGroup = DeputyId.random();
    private final DeputyId away = DeputyId.random();
    private final DeputyId onLeave = DeputyId.random();

    private LeaveRequest approvedWholeSessionLeave(DeputyId deputy) {
        ApprovalChain chain = ApprovalChains.select(qinghai(), new ApprovalChains.Request(
                LeaveFrom.WHOLE_SESSION, Set.of(MeetingKind.PLENARY, MeetingKind.GROUP), 2, seat(false), Set.of()));
        LeaveRequest request = LeaveRequest.fromSession(deputy, LeaveFrom.WHOLE_SESSION, session, List.of(), "ILLNESS_OR_SPECIAL",
                Optional.empty(), chain, "staff", Instant.EPOCH);
        for (var step : chain.steps()) {
            request = request.decide(step.actor(), DecisionOutcome.PASS, "staff", Instant.EPOCH, Optional.empty(), Optional.of("文号"));
        }
        return request;
    }

    private SessionAttendance attendance() {
        return new SessionAttendance(session, List.of(present, missedGroup, away, onLeave),
                Map.of(plenary.id(), Set.of(present, missedGroup), group.id(), Set.of(present)),
                List.of(approvedWholeSessionLeave(onLeave)));
    }

    @Test
    @DisplayName("meetings are kept in date and half-day order")
    void meetingsInOrder() {
        assertThat(session.meetings()).extracting(SessionMeeting::halfDay).containsExactly(HalfDay.MORNING, HalfDay.AFTERNOON);
    }

    @Test
    @Tag("QH-4.2.3")
    @DisplayName("QH-4.2.3 “请假须以书面形式提出，未经批准不到会的，一律按缺席对待”: a deputy who attended no meeting without leave is absent from the session and each meeting, unapproved")
    void unapprovedSessionAbsence() {
        assertThat(attendance().absences()).filteredOn(a -> a.deputy().equals(away))
                .extracting(Absence::from, Absence::approved)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Absence.SESSION_MEETING, false),
                        org.assertj.core.groups.Tuple.tuple(Absence.SESSION_MEETING, false),
                        org.assertj.core.groups.Tuple.tuple(Absence.SESSION, false));
    }

    @Test
    @Tag("QH-4.2.3")
    @DisplayName("QH-4.2.3 “未经批准不到会的，一律按缺席对待”: with approved whole-session leave every absence of the deputy is approved, none counts as 缺席")
    void approvedLeave() {
        assertThat(attendance().absences()).filteredOn(a -> a.deputy().equals(onLeave))
                .hasSize(3).allMatch(Absence::approved);
        assertThat(attendance().status(onLeave, group)).isEqualTo(AttendanceStatus.ON_LEAVE);
    }

    @Test
    @DisplayName("a deputy who missed only the group meeting has one meeting absence and no session absence")
    void missedOnlyAMeeting() {
        assertThat(attendance().absences()).filteredOn(a -> a.deputy().equals(missedGroup))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.from()).isEqualTo(Absence.SESSION_MEETING);
                    assertThat(a.reference()).contains(group.id().toString());
                    assertThat(a.unapproved()).isTrue();
                });
        assertThat(attendance().attendedAny()).containsExactly(present, missedGroup);
    }

    @Test
    @DisplayName("a session's meetings lie within its dates, and the session within the term")
    void planChecks() {
        var violation = violationOf(() -> Session.plan(TERM, 3, "第十四届三次会议", OPENS, OPENS,
                List.of(new Session.MeetingPlan(MeetingKind.GROUP, OPENS.plusDays(3), HalfDay.MORNING))));

        assertThat(violation.field()).isEqualTo("meetings.0.date");
        assertThat(violationOf(() -> Session.plan(TERM, 1, "第十四届一次会议", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 2),
                List.of(new Session.MeetingPlan(MeetingKind.GROUP, LocalDate.of(2022, 1, 1), HalfDay.MORNING)))).field())
                .isEqualTo("opensOn");
    }

    @Test
    @DisplayName("attendance of a closed session cannot change")
    void closedSession() {
        Session closed = session.close(Instant.EPOCH);

        assertThat(violationOf(closed::checkOpen).message()).contains("已闭幕");
        assertThat(closed.close(Instant.now()).closedAt()).contains(Instant.EPOCH);
    }
}
