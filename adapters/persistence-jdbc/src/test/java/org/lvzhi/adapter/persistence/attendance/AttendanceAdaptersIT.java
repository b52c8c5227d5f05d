package org.lvzhi.adapter.persistence.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.attendance.port.out.AttendancePort;
import org.lvzhi.application.attendance.port.out.LeaveCirculationPort;
import org.lvzhi.application.attendance.port.out.LeaveRequestPort;
import org.lvzhi.application.attendance.port.out.LoadSessionPeriodsPort;
import org.lvzhi.application.attendance.port.out.PositionHoldersPort;
import org.lvzhi.application.attendance.port.out.SessionPort;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.duty.port.out.ActivityLeavePort;
import org.lvzhi.application.duty.port.out.DutyActivityPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.attendance.ApprovalChain;
import org.lvzhi.domain.attendance.Circulation;
import org.lvzhi.domain.attendance.DecisionOutcome;
import org.lvzhi.domain.attendance.HalfDay;
import org.lvzhi.domain.attendance.LeaveDecision;
import org.lvzhi.domain.attendance.LeaveFrom;
import org.lvzhi.domain.attendance.LeaveRequest;
import org.lvzhi.domain.attendance.LeaveRequestId;
import org.lvzhi.domain.attendance.LeaveState;
import org.lvzhi.domain.attendance.MeetingId;
import org.lvzhi.domain.attendance.MeetingKind;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.attendance.SessionMeeting;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.deputy.PositionAssignmentId;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.policy.ApprovalStep;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Name;

class AttendanceAdaptersIT extends TenantIT {

    private static final LocalDate OPENS = LocalDate.of(2025, 1, 10);
    private static final Instant AT = Instant.parse("2025-01-05T08:00:00.654321Z");
    private static final ApprovalChain CHAIN = new ApprovalChain("QH-5.1", "第五条", List.of(
            new ApprovalStep("DELEGATION_HEAD", "APPROVE", List.of("DELEGATION_OFFICE", "VICE_CHAIR"), Optional.empty()),
            new ApprovalStep("CHAIR", "APPROVE", List.of(), Optional.empty())), Optional.of("代表团秘书处"));

    @Inject SessionPort sessions;
    @Inject AttendancePort attendance;
    @Inject LoadSessionPeriodsPort periods;
    @Inject LeaveRequestPort leave;
    @Inject ActivityLeavePort activityLeave;
    @Inject LeaveCirculationPort circulations;
    @Inject PositionHoldersPort holders;
    @Inject PositionPort positions;
    @Inject DutyActivityPort activities;

    @Test
    @DisplayName("a session keeps its meetings in order; closing it stamps the first closing only")
    void sessionRoundTripAndClosing() {
        Session session = session(term, 1, OPENS);
        run(() -> sessions.add(session));
        Instant closed = AT.plusSeconds(86_400 * 7);

        Session open = read(() -> sessions.find(session.id())).orElseThrow();
        run(() -> sessions.markClosed(session.id(), closed));
        run(() -> sessions.markClosed(session.id(), closed.plusSeconds(3600)));

        assertThat(open).isEqualTo(session);
        assertThat(open.meetings()).extracting(SessionMeeting::kind)
                .containsExactly(MeetingKind.PREPARATORY, MeetingKind.PLENARY, MeetingKind.GROUP);
        assertThat(read(() -> sessions.find(session.id())).orElseThrow().closedAt()).contains(closed);
        assertThat(read(other, () -> sessions.find(session.id()))).isEmpty();
    }

    @Test
    @DisplayName("a second session of a term with the same number is refused as a violation on the number")
    void sessionNumberTaken() {
        TermId ofThisTest = in(() -> addTerm(2031));
        run(() -> sessions.add(session(ofThisTest, 1, LocalDate.of(2031, 1, 10))));

        InvariantViolation refused = catchThrowableOfType(InvariantViolation.class,
                () -> run(() -> sessions.add(session(ofThisTest, 1, LocalDate.of(2032, 1, 10)))));

        assertThat(refused.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("number"));
        assertThat(read(() -> periods.periodsOf(ofThisTest))).containsExactly(new DateRange(LocalDate.of(2031, 1, 10),
                LocalDate.of(2031, 1, 12)));
    }

    @Test
    @DisplayName("sessions are listed latest first, a page at a time; a term's periods are its sessions'")
    void sessionsListedLatestFirst() {
        CongressId own = addCongress();
        TermId ownTerm = in(own, () -> addTerm(2021));
        for (int number = 1; number <= 3; number++) {
            Session session = session(ownTerm, number, OPENS.plusYears(number));
            run(own, () -> sessions.add(session));
        }

        Page<Session> first = read(own, () -> sessions.list(new PageRequest(0, 2)));
        Page<Session> second = read(own, () -> sessions.list(new PageRequest(1, 2)));

        assertThat(first.items()).extracting(Session::number).containsExactly(3, 2);
        assertThat(second.items()).extracting(Session::number).containsExactly(1);
        assertThat(first.total()).isEqualTo(3);
        assertThat(read(own, () -> periods.periodsOf(ownTerm))).hasSize(3)
                .contains(new DateRange(OPENS.plusYears(1), OPENS.plusYears(1).plusDays(2)));
    }

    @Test
    @DisplayName("a meeting's attendance is replaced whole; meetings nobody attended are left out")
    void attendanceReplaced() {
        Session session = addSession(2, OPENS.plusYears(1));
        DeputyId first = deputy("出席甲");
        DeputyId second = deputy("出席乙");
        MeetingId plenary = session.meetings().get(1).id();

        run(() -> attendance.replace(plenary, Set.of(first, second), "staff", AT));
        run(() -> attendance.replace(plenary, Set.of(second), "staff", AT.plusSeconds(60)));

        assertThat(read(() -> attendance.attendees(session.id()))).isEqualTo(Map.of(plenary, Set.of(second)));
        assertThat(read(other, () -> attendance.attendees(session.id()))).isEmpty();
    }

    @Test
    @DisplayName("a leave request keeps its meetings, chain and decisions; an update appends the new decisions and the state")
    void leaveRoundTripAndDecisions() {
        Session session = addSession(3, OPENS.plusYears(2));
        DeputyId deputy = deputy("请假人");
        LeaveRequest requested = LeaveRequest.fromSession(deputy, LeaveFrom.SESSION_MEETING, session,
                List.of(session.meetings().get(1), session.meetings().get(2)), "住院治疗", Optional.of("附医院证明"), CHAIN, "deputy-1", AT);
        run(() -> leave.add(requested));
        LeaveRequest decided = requested.decide("DELEGATION_OFFICE", DecisionOutcome.PASS, "秘书 周某", AT.plusSeconds(60),
                Optional.of("同意"), Optional.empty())
                .decide("CHAIR", DecisionOutcome.PASS, "主任", AT.plusSeconds(120), Optional.empty(), Optional.of("常办〔2025〕3号"));

        LeaveRequest stored = read(() -> leave.find(requested.id())).orElseThrow();
        run(() -> leave.update(decided));

        assertThat(stored).usingRecursiveComparison().ignoringFields("meetings").isEqualTo(requested);
        assertThat(stored.meetings()).containsExactlyInAnyOrderElementsOf(requested.meetings());
        assertThat(read(() -> leave.find(requested.id()))).get().satisfies(found -> {
            assertThat(found.decisions()).isEqualTo(decided.decisions());
            assertThat(found.state()).isEqualTo(LeaveState.APPROVED);
        });
        assertThat(read(() -> leave.ofSession(session.id()))).extracting(LeaveRequest::id).containsExactly(requested.id());
        assertThat(read(other, () -> leave.find(requested.id()))).isEmpty();
    }

    @Test
    @DisplayName("a step decided twice at once is refused as a violation on the outcome")
    void stepDecidedTwice() {
        DeputyId deputy = deputy("并发人");
        LeaveRequest requested = activityLeave(deputy, activity(), AT);
        run(() -> leave.add(requested));
        LeaveRequest byOne = requested.decide("DELEGATION_HEAD", DecisionOutcome.PASS, "甲", AT, Optional.empty(), Optional.empty());
        LeaveRequest byAnother = requested.decide("VICE_CHAIR", DecisionOutcome.REFUSE, "乙", AT, Optional.of("理由不足"), Optional.empty());
        run(() -> leave.update(byOne));
        List<LeaveDecision> both = new ArrayList<>(byOne.decisions());
        both.addAll(byAnother.decisions());

        InvariantViolation refused = catchThrowableOfType(InvariantViolation.class, () -> run(() -> leave.update(
                new LeaveRequest(byAnother.id(), deputy, byAnother.from(), byAnother.session(), byAnother.meetings(), byAnother.activity(),
                        byAnother.date(), byAnother.halfDays(), byAnother.reason(), byAnother.explanation(), CHAIN, both,
                        byAnother.state(), byAnother.requestedBy(), byAnother.requestedAt()))));

        assertThat(refused.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("outcome"));
        assertThat(read(() -> leave.find(requested.id())).orElseThrow().decisions()).isEqualTo(byOne.decisions());
    }

    @Test
    @DisplayName("leave requests are listed latest first by keyset, by state and deputy; pending ones oldest first; approved leave from an activity is known")
    void leaveListsAndActivityLeave() {
        CongressId own = addCongress();
        TermId ownTerm = in(own, () -> addTerm(2021));
        DeputyId first = in(own, () -> addDeputy(ownTerm, "一"));
        DeputyId second = in(own, () -> addDeputy(ownTerm, "二"));
        DutyActivity activity = new DutyActivity(DutyActivityId.random(), ownTerm, "TRAINING", "集中培训", OPENS, Optional.empty(),
                Optional.empty(), "staff", List.of(first, second));
        run(own, () -> activities.add(activity));
        LeaveRequest oldest = activityLeave(first, activity, AT);
        LeaveRequest middle = activityLeave(second, activity, AT.plusSeconds(60));
        LeaveRequest newest = activityLeave(first, activity, AT.plusSeconds(120));
        run(own, () -> List.of(middle, newest, oldest).forEach(leave::add));
        LeaveRequest approved = middle.decide("DELEGATION_HEAD", DecisionOutcome.PASS, "甲", AT, Optional.empty(), Optional.empty())
                .decide("CHAIR", DecisionOutcome.PASS, "乙", AT, Optional.empty(), Optional.empty());
        run(own, () -> leave.update(approved));

        Slice<LeaveRequest> all = read(own, () -> leave.list(Optional.empty(), Optional.empty(), new KeysetRequest(Optional.empty(), 2, true)));
        Slice<LeaveRequest> rest = read(own, () -> leave.list(Optional.empty(), Optional.empty(), new KeysetRequest(all.next(), 2)));
        Slice<LeaveRequest> ofFirst = read(own, () -> leave.list(Optional.empty(), Optional.of(first), new KeysetRequest(Optional.empty(), 20)));
        Slice<LeaveRequest> approvedOnly = read(own, () -> leave.list(Optional.of(LeaveState.APPROVED), Optional.empty(),
                new KeysetRequest(Optional.empty(), 20)));

        assertThat(all.items()).extracting(LeaveRequest::id).containsExactly(newest.id(), middle.id());
        assertThat(all.total()).contains(3L);
        assertThat(rest.items()).extracting(LeaveRequest::id).containsExactly(oldest.id());
        assertThat(rest.next()).isEmpty();
        assertThat(ofFirst.items()).extracting(LeaveRequest::id).containsExactly(newest.id(), oldest.id());
        assertThat(approvedOnly.items()).extracting(LeaveRequest::id).containsExactly(middle.id());
        assertThat(read(own, () -> leave.pending())).extracting(LeaveRequest::id).containsExactly(oldest.id(), newest.id());
        assertThat(read(own, () -> activityLeave.approvedLeave(second, activity.id()))).isTrue();
        assertThat(read(own, () -> activityLeave.approvedLeave(first, activity.id()))).isFalse();
    }

    @Test
    @DisplayName("a circulation keeps its rules, kinds and lines in order, with their meetings and rules")
    void circulationRoundTrip() {
        DeputyId onLeave = deputy("请假代表");
        DeputyId absent = deputy("缺席代表");
        Session session = addSession(4, OPENS.plusYears(3));
        Circulation circulation = new Circulation(session.id(), "秘书处", List.of("QH-5.4", "QH-5.5"),
                Set.of(Circulation.Circulated.LEAVE, Circulation.Circulated.ABSENCE), List.of(
                        new Circulation.Line(onLeave, Circulation.Circulated.LEAVE, List.of(session.meetings().get(1).id()), Optional.of("QH-5.4")),
                        new Circulation.Line(absent, Circulation.Circulated.ABSENCE,
                                List.of(session.meetings().get(2).id(), session.meetings().get(0).id()), Optional.empty())),
                AT);

        run(() -> circulations.add(circulation));

        assertThat(read(() -> circulations.find(session.id()))).contains(circulation);
        assertThat(read(() -> circulations.find(SessionId.random()))).isEmpty();
        assertThat(read(other, () -> circulations.find(session.id()))).isEmpty();
    }

    @Test
    @DisplayName("the holders of an office on a day, by name, with their login")
    void officeHolders() {
        CongressId own = addCongress();
        Person chair = new Person(PersonId.random(), new Name("主任甲"), Optional.of(new Login("chair-" + suffix())));
        PersonId viceChair = in(own, () -> addPerson("副主任乙"));
        run(own, () -> {
            persons.add(chair);
            positions.add(new PositionAssignment(PositionAssignmentId.random(), Position.CHAIR, chair.id(), Optional.empty(), OPENS,
                    Optional.empty()));
            positions.add(new PositionAssignment(PositionAssignmentId.random(), Position.VICE_CHAIR, viceChair, Optional.empty(), OPENS,
                    Optional.empty()));
        });

        assertThat(read(own, () -> holders.holders(Position.CHAIR, OPENS))).containsExactly(chair);
        assertThat(read(own, () -> holders.holders(Position.CHAIR, OPENS.minusDays(1)))).isEmpty();
        assertThat(read(() -> holders.holders(Position.CHAIR, OPENS))).isEmpty();
    }

    private Session addSession(int number, LocalDate opens) {
        Session session = session(term, number, opens);
        run(() -> sessions.add(session));
        return session;
    }

    private DutyActivity activity() {
        DutyActivity activity = new DutyActivity(DutyActivityId.random(), term, "TRAINING", "培训", OPENS, Optional.empty(), Optional.empty(),
                "staff", List.of());
        run(() -> activities.add(activity));
        return activity;
    }

    private static LeaveRequest activityLeave(DeputyId deputy, DutyActivity activity, Instant at) {
        return LeaveRequest.fromActivity(deputy, LeaveFrom.TRAINING, activity.id(), activity.date(), 2, "出差", Optional.empty(), CHAIN,
                "deputy", at);
    }

    private static Session session(TermId term, int number, LocalDate opens) {
        SessionId id = SessionId.random();
        return new Session(id, term, number, "第" + number + "次会议", opens, opens.plusDays(2), List.of(
                new SessionMeeting(MeetingId.random(), id, MeetingKind.GROUP, opens.plusDays(1), HalfDay.AFTERNOON),
                new SessionMeeting(MeetingId.random(), id, MeetingKind.PREPARATORY, opens, HalfDay.MORNING),
                new SessionMeeting(MeetingId.random(), id, MeetingKind.PLENARY, opens, HalfDay.AFTERNOON)), Optional.empty());
    }
}
