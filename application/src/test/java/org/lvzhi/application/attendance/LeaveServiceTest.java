package org.lvzhi.application.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.lvzhi.application.testing.TestData.QINGHAI;
import static org.lvzhi.application.testing.TestData.caller;
import static org.lvzhi.application.testing.ViolationAssertions.violationOf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.attendance.port.in.DecideLeaveCommand;
import org.lvzhi.application.attendance.port.in.RequestLeaveCommand;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.testing.FakeProfiles;
import org.lvzhi.application.testing.InMemoryPlatform;
import org.lvzhi.application.testing.RecordingNotifications;
import org.lvzhi.application.testing.SeatBuilder;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.attendance.HalfDay;
import org.lvzhi.domain.attendance.LeaveFixtures;
import org.lvzhi.domain.attendance.LeaveRequest;
import org.lvzhi.domain.attendance.LeaveState;
import org.lvzhi.domain.attendance.MeetingKind;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.deputy.PositionAssignment;

class LeaveServiceTest {

    private static final LocalDate OPENS = LocalDate.of(2025, 1, 20);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-19T02:00:00Z"), ZoneOffset.UTC);

    private final InMemoryPlatform platform = InMemoryPlatform.create();
    private final AttendanceFakes.Sessions sessions = new AttendanceFakes.Sessions();
    private final AttendanceFakes.Leaves leaves = new AttendanceFakes.Leaves();
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final LeaveService service = new LeaveService(platform.transactions(), leaves, sessions, platform.deputies(),
            platform.positions(), platform.activities(), FakeProfiles.fixed(LeaveFixtures.qinghai()),
            new StepAuthority(platform.persons(), platform.positions()),
            new AttendanceFakes.Holders(QINGHAI, platform.positions(), platform.persons()), notifications, CLOCK);

    private final ActingCaller deputy = caller("ma.jianguo", QINGHAI, AccessRole.DEPUTY);
    private final ActingCaller xiningHead = caller("xining.head", QINGHAI, AccessRole.DELEGATION_HEAD);
    private final ActingCaller haidongHead = caller("haidong.head", QINGHAI, AccessRole.DELEGATION_HEAD);
    private final ActingCaller liaison = caller("qinghai-liaison", QINGHAI, AccessRole.LIAISON_OFFICER);
    private Session session;
    private OrganisationUnit xining;
    private OrganisationUnit haidong;

    @BeforeEach
    void qinghaiInSession() {
        Term term = platform.terms().seed(QINGHAI, TestData.term(14, 2023));
        xining = platform.units().seed(QINGHAI, TestData.unit(UnitKind.DELEGATION, "西宁市代表团"));
        haidong = platform.units().seed(QINGHAI, TestData.unit(UnitKind.DELEGATION, "海东市代表团"));
        Person ma = platform.persons().seed(QINGHAI, TestData.person("马建国", "ma.jianguo"));
        platform.deputies().seed(QINGHAI, Deputy.elect(ma.id(), term.id(), SeatBuilder.aSeat().inDelegation(xining).build(), ContactDetails.NONE));
        assign(Position.DELEGATION_HEAD, "王团长", "xining.head", Optional.of(xining), Optional.empty());
        assign(Position.DELEGATION_HEAD, "李团长", "haidong.head", Optional.of(haidong), Optional.empty());
        assign(Position.SESSION_SECRETARIAT, "秘书处", "secretariat", Optional.empty(), Optional.empty());
        session = Session.plan(term, 3, "第十四届三次会议", OPENS, OPENS, List.of(
                new Session.MeetingPlan(MeetingKind.PLENARY, OPENS, HalfDay.MORNING),
                new Session.MeetingPlan(MeetingKind.GROUP, OPENS, HalfDay.AFTERNOON)));
        sessions.add(session);
    }

    private void assign(Position position, String name, String login, Optional<OrganisationUnit> unit, Optional<LocalDate> until) {
        Person holder = platform.persons().seed(QINGHAI, TestData.person(name, login));
        platform.transactions().inCongress(QINGHAI, () -> {
            platform.positions().add(PositionAssignment.assign(position, holder.id(), unit, LocalDate.of(2023, 2, 1), until));
            return null;
        });
    }

    private LeaveRequest halfDayFromTheGroupMeeting() {
        return service.request(deputy, RequestLeaveCommand.of(null, "SESSION_MEETING", session.id().toString(),
                List.of(session.meetings().get(1).id().toString()), null, null, "ILLNESS_OR_SPECIAL", "发烧"));
    }

    private static DecideLeaveCommand pass() {
        return DecideLeaveCommand.of("PASS", null, null);
    }

    @Test
    @DisplayName("QH-4.2.2: the head of the deputy's own delegation approves half a day from a group meeting; the deputy and the filing secretariat hear of it")
    void ownDelegationHeadApproves() {
        LeaveRequest request = halfDayFromTheGroupMeeting();

        LeaveRequest approved = service.decide(xiningHead, request.id(), pass());

        assertThat(approved.state()).isEqualTo(LeaveState.APPROVED);
        assertThat(approved.decisions()).singleElement().satisfies(d -> {
            assertThat(d.actedAs()).isEqualTo("DELEGATION_HEAD");
            assertThat(d.decidedBy()).isEqualTo("xining.head");
            assertThat(d.at()).isEqualTo(CLOCK.instant());
        });
        assertThat(notifications.sent()).extracting(Notification::event).containsExactly("leave-request.requested", "leave-request.decided");
        assertThat(notifications.sent().getLast()).satisfies(n -> {
            assertThat(n.recipients()).extracting(r -> r.login().orElseThrow()).containsExactly("ma.jianguo", "secretariat");
            assertThat(n.variables()).containsEntry("state", "已批准").containsEntry("rule", "QH-4.2.2（第四条第（二）项第2目）");
        });
    }

    @Test
    @DisplayName("someone holding no delegation-head office is refused, even with the DELEGATION_HEAD access role or as staff")
    void accessRoleIsNoPosition() {
        LeaveRequest request = halfDayFromTheGroupMeeting();
        ActingCaller impostor = caller("someone", QINGHAI, AccessRole.DELEGATION_HEAD);

        Throwable refused = catchThrowable(() -> service.decide(impostor, request.id(), pass()));

        assertThat(refused).isInstanceOf(AccessDenied.class).hasMessageContaining("代表所在代表团的代表团团长");
        assertThat(catchThrowable(() -> service.decide(liaison, request.id(), pass()))).isInstanceOf(AccessDenied.class);
        assertThat(leaves.stored.get(request.id()).decisions()).isEmpty();
    }

    @Test
    @DisplayName("the head of another delegation is refused and the request still waits for the deputy's own head")
    void otherDelegationHeadRefused() {
        LeaveRequest request = halfDayFromTheGroupMeeting();

        assertThat(catchThrowable(() -> service.decide(haidongHead, request.id(), pass()))).isInstanceOf(Exception.class);

        assertThat(leaves.stored.get(request.id()).state()).isEqualTo(LeaveState.PENDING);
        assertThat(service.awaiting(haidongHead, PageRequest.of(null, null)).items()).isEmpty();
        assertThat(service.awaiting(xiningHead, PageRequest.of(null, null)).items()).extracting(LeaveRequest::id).containsExactly(request.id());
    }

    @Test
    @DisplayName("a delegation head whose office ended before the decision date is refused")
    void officeEnded() {
        assign(Position.DELEGATION_HEAD, "前任团长", "former.head", Optional.of(xining), Optional.of(LocalDate.of(2024, 12, 31)));
        LeaveRequest request = halfDayFromTheGroupMeeting();

        assertThat(catchThrowable(() -> service.decide(caller("former.head", QINGHAI, AccessRole.DEPUTY), request.id(), pass())))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("QH-4.2.1: staff record the electing unit's agreement only with its document reference; the deputy cannot record it")
    void outsideBodyRecordedByStaff() {
        LeaveRequest request = service.request(liaison, RequestLeaveCommand.of(
                platform.deputies().stored(QINGHAI).getFirst().id().toString(), "WHOLE_SESSION", session.id().toString(), null, null, null,
                "OFFICIAL_TRAVEL_ABROAD", null));

        assertThat(catchThrowable(() -> service.decide(deputy, request.id(), pass()))).isInstanceOf(AccessDenied.class);
        assertThat(violationOf(() -> service.decide(liaison, request.id(), pass())).field()).isEqualTo("documentReference");
        LeaveRequest agreed = service.decide(liaison, request.id(), DecideLeaveCommand.of("PASS", null, "西人常〔2025〕3号"));

        assertThat(agreed.chain().rule()).isEqualTo("QH-4.2.1");
        assertThat(agreed.decisions()).singleElement().satisfies(d -> {
            assertThat(d.actedAs()).isEqualTo("ELECTING_UNIT_STANDING_COMMITTEE");
            assertThat(d.documentReference()).contains("西人常〔2025〕3号");
        });
        assertThat(agreed.currentStep()).get().extracting(s -> s.actor()).isEqualTo("GENERAL_OFFICE");
    }

    @Test
    @DisplayName("a deputy files leave for their own seat only, and sees only their own requests")
    void deputyFilesForOwnSeat() {
        LeaveRequest own = halfDayFromTheGroupMeeting();

        Throwable refused = catchThrowable(() -> service.request(deputy, RequestLeaveCommand.of(
                java.util.UUID.randomUUID().toString(), "SESSION_MEETING", session.id().toString(),
                List.of(session.meetings().get(1).id().toString()), null, null, "ILLNESS_OR_SPECIAL", null)));

        assertThat(refused).isInstanceOf(AccessDenied.class);
        assertThat(service.list(deputy, Optional.empty(), KeysetRequest.of(null, null)).items()).containsExactly(own);
        assertThat(service.list(caller("nobody", QINGHAI, AccessRole.DEPUTY), Optional.empty(), KeysetRequest.of(null, null)).items()).isEmpty();
    }

    @Test
    @DisplayName("the platform admin reads every request but withdraws none for a deputy; staff do")
    void platformAdminReadsButDoesNotActForADeputy() {
        LeaveRequest filed = halfDayFromTheGroupMeeting();
        ActingCaller platformAdmin = caller("platform-admin", QINGHAI, AccessRole.PLATFORM_ADMIN);

        assertThat(service.list(platformAdmin, Optional.empty(), KeysetRequest.of(null, null)).items()).containsExactly(filed);
        assertThat(catchThrowable(() -> service.withdraw(platformAdmin, filed.id()))).isInstanceOf(AccessDenied.class);
        assertThat(service.withdraw(liaison, filed.id()).state()).isEqualTo(LeaveState.WITHDRAWN);
    }

    @Test
    @DisplayName("QH-4.1: a reason outside the profile's list is refused naming the allowed reasons")
    void reasonOutsideList() {
        var violation = violationOf(() -> service.request(deputy, RequestLeaveCommand.of(null, "SESSION_MEETING", session.id().toString(),
                List.of(session.meetings().get(1).id().toString()), null, null, "FAMILY", null)));

        assertThat(violation.field()).isEqualTo("reason");
        assertThat(violation.message()).contains("公务出国、出境");
        assertThat(leaves.stored).isEmpty();
    }

    @Test
    @Tag("QH-5")
    @DisplayName("QH-5 “确因特殊情况不能参加的，以书面形式请假，并报活动组织单位批准”: only the activity's organiser approves; a delegation head and a liaison officer are refused")
    void qh5OrganiserApproves() {
        Deputy ma = platform.deputies().stored(QINGHAI).getFirst();
        var activity = new org.lvzhi.domain.duty.DutyActivity(org.lvzhi.domain.duty.DutyActivityId.random(), ma.term(), "INSPECTION",
                "生态保护视察", LocalDate.of(2025, 6, 3), Optional.empty(), Optional.empty(), "organiser.li", List.of(ma.id()));
        platform.activities().seed(QINGHAI, activity);

        LeaveRequest request = service.request(deputy, RequestLeaveCommand.of(null, "RECESS_ACTIVITY", null, null,
                activity.id().toString(), 2, "出差", null));
        Throwable byHead = catchThrowable(() -> service.decide(xiningHead, request.id(), pass()));
        Throwable byLiaison = catchThrowable(() -> service.decide(liaison, request.id(), pass()));
        LeaveRequest approved = service.decide(caller("organiser.li", QINGHAI, AccessRole.DEPUTY), request.id(), pass());

        assertThat(request.chain().rule()).isEqualTo("QH-5");
        assertThat(request.halfDays()).isEqualTo(2);
        assertThat(byHead).isInstanceOf(AccessDenied.class).hasMessageContaining("活动组织者");
        assertThat(byLiaison).isInstanceOf(AccessDenied.class).hasMessageEndingWith("须由活动组织者办理");
        assertThat(approved.state()).isEqualTo(LeaveState.APPROVED);
        assertThat(approved.decisions()).singleElement().satisfies(d -> assertThat(d.actedAs()).isEqualTo("ORGANISER"));
    }
}
