package org.lvzhi.domain.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.attendance.LeaveFixtures.qinghai;
import static org.lvzhi.domain.attendance.LeaveFixtures.seat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Violation;

class LeaveRequestTest {

    private static final Instant NOW = Instant.parse("2025-01-20T02:00:00Z");
    private static final LocalDate OPENS = LocalDate.of(2025, 1, 20);
    private final Session session = Session.plan(new Term(TermId.random(), 14, LocalDate.of(2023, 1, 15), LocalDate.of(2028, 1, 14)),
            3, "第十四届三次会议", OPENS, OPENS.plusDays(1), List.of(
                    new Session.MeetingPlan(MeetingKind.GROUP, OPENS, HalfDay.MORNING),
                    new Session.MeetingPlan(MeetingKind.GROUP, OPENS, HalfDay.AFTERNOON),
                    new Session.MeetingPlan(MeetingKind.PLENARY, OPENS.plusDays(1), HalfDay.MORNING)));
    private final DeputyId deputy = DeputyId.random();

    private LeaveRequest twoGroupMeetings() {
        List<SessionMeeting> meetings = session.meetings().subList(0, 2);
        ApprovalChain chain = ApprovalChains.select(qinghai(), new ApprovalChains.Request(
                LeaveFrom.SESSION_MEETING, Set.of(MeetingKind.GROUP), Session.halfDays(meetings), seat(false), Set.of()));
        return LeaveRequest.fromSession(deputy, LeaveFrom.SESSION_MEETING, session, meetings, "ILLNESS_OR_SPECIAL",
                Optional.empty(), chain, "qinghai-deputy1", NOW);
    }

    private static LeaveRequest pass(LeaveRequest request, String as) {
        return request.decide(as, DecisionOutcome.PASS, "someone", NOW, Optional.empty(), Optional.empty());
    }

    @Test
    @DisplayName("two group meetings in one day count as 2 half-days and go through four steps in order to APPROVED")
    void stepsInOrder() {
        LeaveRequest request = twoGroupMeetings();
        assertThat(request.halfDays()).isEqualTo(2);

        request = pass(request, "DELEGATION_HEAD");
        assertThat(request.currentStep()).get().extracting(s -> s.actor()).isEqualTo("DELEGATION_OFFICE");
        request = pass(pass(request, "DELEGATION_OFFICE"), "SESSION_SECRETARIAT");
        assertThat(request.state()).isEqualTo(LeaveState.PENDING);
        request = pass(request, "SECRETARY_GENERAL");

        assertThat(request.state()).isEqualTo(LeaveState.APPROVED);
        assertThat(request.decisions()).extracting(LeaveDecision::action).containsExactly("SIGN", "FORWARD", "SUBMIT", "APPROVE");
        assertThat(request.currentStep()).isEmpty();
        assertThat(request.covers(session.id(), session.meetings().get(0).id())).isTrue();
        assertThat(request.covers(session.id(), session.meetings().get(2).id())).isFalse();
    }

    @Test
    @DisplayName("a refusal ends the request REFUSED and needs its reason")
    void refusalEnds() {
        LeaveRequest request = twoGroupMeetings();

        Violation noReason = violationOf(() -> request.decide("DELEGATION_HEAD", DecisionOutcome.REFUSE, "head", NOW,
                Optional.empty(), Optional.empty()));
        LeaveRequest refused = request.decide("DELEGATION_HEAD", DecisionOutcome.REFUSE, "head", NOW, Optional.of("会议议程重要"),
                Optional.empty());

        assertThat(noReason.field()).isEqualTo("note");
        assertThat(refused.state()).isEqualTo(LeaveState.REFUSED);
        assertThat(refused.currentStep()).isEmpty();
        assertThat(violationOf(() -> pass(refused, "DELEGATION_OFFICE")).message()).contains("未批准");
    }

    @Test
    @DisplayName("QH-4.2.1: the electing unit's step needs its document reference")
    void outsideBodyNeedsDocumentReference() {
        ApprovalChain chain = ApprovalChains.select(qinghai(), new ApprovalChains.Request(
                LeaveFrom.WHOLE_SESSION, Set.of(MeetingKind.GROUP, MeetingKind.PLENARY), 3, seat(false), Set.of()));
        LeaveRequest request = LeaveRequest.fromSession(deputy, LeaveFrom.WHOLE_SESSION, session, List.of(), "OFFICIAL_TRAVEL_ABROAD",
                Optional.of("随团出访"), chain, "qinghai-liaison", NOW);

        Violation violation = violationOf(() -> pass(request, "ELECTING_UNIT_STANDING_COMMITTEE"));
        LeaveRequest agreed = request.decide("ELECTING_UNIT_STANDING_COMMITTEE", DecisionOutcome.PASS, "qinghai-liaison", NOW,
                Optional.empty(), Optional.of("西人常〔2025〕3号"));

        assertThat(violation.field()).isEqualTo("documentReference");
        assertThat(agreed.decisions()).singleElement().satisfies(d -> assertThat(d.documentReference()).contains("西人常〔2025〕3号"));
        assertThat(request.halfDays()).isEqualTo(3);
        assertThat(request.meetings()).isEmpty();
    }

    @Test
    @DisplayName("only a pending request can be withdrawn")
    void withdraw() {
        LeaveRequest withdrawn = twoGroupMeetings().withdraw();

        assertThat(withdrawn.state()).isEqualTo(LeaveState.WITHDRAWN);
        assertThat(violationOf(withdrawn::withdraw).field()).isEqualTo("state");
    }
}
