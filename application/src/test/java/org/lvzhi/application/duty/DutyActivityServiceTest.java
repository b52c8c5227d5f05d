package org.lvzhi.application.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.application.testing.QinghaiLike.INSPECTION;
import static org.lvzhi.application.testing.TestData.QINGHAI;
import static org.lvzhi.application.testing.TestData.caller;
import static org.lvzhi.application.testing.ViolationAssertions.violationOf;
import static org.lvzhi.application.testing.ViolationAssertions.violationsOf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.duty.port.in.AttendanceCommand;
import org.lvzhi.application.duty.port.in.AttendanceOutcome;
import org.lvzhi.application.deadline.port.in.DeadlineClocks.StartedDeadline;
import org.lvzhi.application.duty.port.in.NoticeRecorded;
import org.lvzhi.application.duty.port.in.ScheduleActivityCommand;
import org.lvzhi.application.duty.port.in.ScheduledActivity;
import org.lvzhi.application.duty.port.in.ScheduledActivity.NoticeWarning;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.testing.FakeProfiles;
import org.lvzhi.application.testing.InMemoryActivityNotices;
import org.lvzhi.application.testing.InMemoryPlatform;
import org.lvzhi.application.testing.QinghaiLike;
import org.lvzhi.application.testing.RecordingDeadlineClocks;
import org.lvzhi.application.testing.RecordingNotifications;
import org.lvzhi.application.testing.SeatBuilder;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deadline.DeadlineSubject;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.Deadline;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.ProfileFixtures;
import org.lvzhi.domain.policy.RestDayRule;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.shared.Violation;

/** Scheduling an activity and registering who attended ("whoever organises registers", DC-8.1). */
class DutyActivityServiceTest {

    private static final LocalDate HELD_ON = LocalDate.of(2025, 6, 3);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

    private final InMemoryPlatform platform = InMemoryPlatform.create();
    private final List<DeputyId> filed = new ArrayList<>();
    /** The deputies whose leave from the activity was approved. */
    private final Set<DeputyId> onLeave = new HashSet<>();
    private final FakeProfiles profiles = FakeProfiles.resolving(ProfileFixtures.baseline(), withNotices(QinghaiLike.profile()));
    private final RecordingDeadlineClocks clocks = new RecordingDeadlineClocks(profiles);
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final DutyActivityService service = new DutyActivityService(platform.transactions(), platform.activities(),
            platform.records(), platform.absences(), (deputy, activity) -> onLeave.contains(deputy), platform.terms(),
            platform.deputies(), new RecordChecks(platform.deputies(), platform.terms(), profiles),
            (congress, deputy) -> filed.add(deputy),
            new NoticeLeadTimes(clocks, new InMemoryActivityNotices(platform.transactions()), profiles), notifications, CLOCK);

    private final ActingCaller organiser = caller("organiser.li", QINGHAI, AccessRole.GROUP_LEADER);
    private Term term;
    private Deputy present;
    private Deputy excused;
    private Deputy away;

    @BeforeEach
    void qinghaiWithThreeInvitees() {
        term = platform.terms().seed(QINGHAI, TestData.term(14, 2023));
        present = seat("马建国");
        excused = seat("才让卓玛");
        away = seat("韩德明");
        onLeave.add(excused.id());
    }

    private Deputy seat(String name) {
        var person = platform.persons().seed(QINGHAI, TestData.person(name));
        return platform.deputies().seed(QINGHAI, Deputy.elect(person.id(), term.id(), SeatBuilder.aSeat().build(), ContactDetails.NONE));
    }

    private DutyActivity scheduled() {
        return scheduledOn(HELD_ON).activity();
    }

    private ScheduledActivity scheduledOn(LocalDate date) {
        return service.schedule(organiser, new ScheduleActivityCommand(term.id(), INSPECTION, "生态保护视察", date, Optional.of("西宁"),
                Optional.empty(), List.of(present.id(), excused.id(), away.id())));
    }

    /** The profile with Qinghai's notice lead times: written notice 5 days before (QH-3.6), materials 3 days before (QH-8.2). */
    private static PolicyProfile withNotices(PolicyProfile profile) {
        List<PolicyRule> rules = new ArrayList<>(profile.rules());
        rules.add(notice("QH-3.6", "第三条第（六）项", "P5D", "组织单位书面通知代表本人和代表所在单位"));
        rules.add(notice("QH-8.2", "第八条第（二）项", "P3D", "组织单位向代表发送会议或活动材料"));
        return new PolicyProfile(profile.profile(), profile.title(), profile.source(), profile.inherits(), profile.effectiveFrom(),
                profile.restDayRule(), profile.activityTypes(), rules, profile.disabled(), profile.points(), profile.templates());
    }

    private static PolicyRule notice(String id, String article, String period, String what) {
        return ProfileFixtures.ruleOf(id, RuleKind.DEADLINE).article(article).deadline(new Deadline("ACTIVITY_DATE",
                Optional.of("BEFORE"), period, Optional.empty(), Optional.empty(), Optional.of(what), List.of("P1D"),
                Optional.of(RestDayRule.NONE), Optional.of("ORGANISER"), Optional.empty())).build();
    }

    @Test
    @DisplayName("QH-3.6, QH-8.2: an activity scheduled 2 days ahead starts both clocks and warns of each, naming the article")
    void lateNoticeWarns() {
        ScheduledActivity scheduled = scheduledOn(TODAY.plusDays(2));

        assertThat(scheduled.warnings()).extracting(NoticeWarning::rule, NoticeWarning::article)
                .containsExactly(tuple("QH-3.6", "第三条第（六）项"), tuple("QH-8.2", "第八条第（二）项"));
        assertThat(scheduled.warnings().getFirst().message()).contains("第三条第（六）项", "书面通知", "2025-06-07");
        assertThat(scheduled.deadlines()).extracting(StartedDeadline::rule, StartedDeadline::dueOn)
                .containsExactly(tuple("QH-3.6", LocalDate.of(2025, 6, 7)), tuple("QH-8.2", LocalDate.of(2025, 6, 9)));
        assertThat(clocks.started()).singleElement().satisfies(call -> {
            assertThat(call.event()).isEqualTo("ACTIVITY_DATE");
            assertThat(call.on()).isEqualTo(TODAY.plusDays(2));
            assertThat(call.subject()).isEqualTo(new DeadlineSubject("ACTIVITY", scheduled.activity().id().toString(), "生态保护视察",
                    Optional.empty()));
            assertThat(call.complex()).isFalse();
        });
        assertThat(platform.activities().stored(QINGHAI)).as("still scheduled").hasSize(1);
    }

    @Test
    @DisplayName("an activity scheduled 10 days ahead starts the clocks and warns of nothing; 4 days ahead warns of the notice only")
    void timelyNoticeWarnsNothing() {
        ScheduledActivity inTen = scheduledOn(TODAY.plusDays(10));
        ScheduledActivity inFour = scheduledOn(TODAY.plusDays(4));

        assertThat(inTen.warnings()).isEmpty();
        assertThat(inTen.deadlines()).hasSize(2);
        assertThat(inFour.warnings()).extracting(NoticeWarning::rule).containsExactly("QH-3.6");
        assertThat(clocks.started()).hasSize(2);
    }

    @Test
    @DisplayName("DC-10.7: in Dongcheng notice and materials are due in advance (P1D): an activity today warns, tomorrow does not")
    void dongchengInAdvance() {
        CongressId dongcheng = new CongressId("bj-dongcheng");
        profiles.in(dongcheng, ProfileFixtures.baseline(), ProfileFixtures.profile("bj-dongcheng").inherits(PolicyProfile.BASELINE)
                .rules(notice("DC-10.7", "第十条第（七）项", "P1D", "组织单位通知代表本人并发送会议或活动材料")).build());
        Term dongchengTerm = platform.terms().seed(dongcheng, TestData.term(17, 2022));
        ActingCaller liaison = caller("bj-dongcheng-liaison", dongcheng, AccessRole.LIAISON_OFFICER);

        ScheduledActivity today = service.schedule(liaison, new ScheduleActivityCommand(dongchengTerm.id(), INSPECTION, "街道视察",
                TODAY, Optional.empty(), Optional.empty(), List.of()));
        ScheduledActivity tomorrow = service.schedule(liaison, new ScheduleActivityCommand(dongchengTerm.id(), INSPECTION, "街道视察",
                TODAY.plusDays(1), Optional.empty(), Optional.empty(), List.of()));

        assertThat(today.warnings()).extracting(NoticeWarning::rule, NoticeWarning::article)
                .containsExactly(tuple("DC-10.7", "第十条第（七）项"));
        assertThat(tomorrow.warnings()).isEmpty();
        assertThat(tomorrow.deadlines()).extracting(StartedDeadline::dueOn).containsExactly(TODAY);
    }

    @Test
    @DisplayName("an activity held before today is recorded after the fact: no clocks, no warnings")
    void pastActivityStartsNothing() {
        ScheduledActivity recorded = scheduledOn(HELD_ON);

        assertThat(recorded.deadlines()).isEmpty();
        assertThat(recorded.warnings()).isEmpty();
        assertThat(clocks.started()).isEmpty();
    }

    @Test
    @DisplayName("recording a notice sent stops that rule's clock only; the others stay outstanding")
    void noticesStopTheClocks() {
        DutyActivity activity = scheduledOn(TODAY.plusDays(10)).activity();

        NoticeRecorded notice = service.recordNotice(organiser, activity.id(), "QH-3.6");
        var afterNotice = clocks.stoppedRules();
        Violation twice = violationOf(() -> service.recordNotice(organiser, activity.id(), "QH-3.6"));
        Violation unknown = violationOf(() -> service.recordNotice(organiser, activity.id(), "QH-11.3"));
        NoticeRecorded materials = service.recordNotice(organiser, activity.id(), "QH-8.2");

        assertThat(notice.outstanding()).containsExactly("QH-8.2");
        assertThat(afterNotice).containsExactly("QH-3.6");
        assertThat(twice.field()).isEqualTo("rule");
        assertThat(unknown.message()).contains("QH-3.6、QH-8.2");
        assertThat(materials.outstanding()).isEmpty();
        assertThat(materials.sentOn()).isEqualTo(TODAY);
        assertThat(clocks.stoppedRules()).containsExactly("QH-3.6", "QH-8.2");
        assertThat(clocks.stopped()).allSatisfy(call -> {
            assertThat(call.event()).isEqualTo("ACTIVITY_DATE");
            assertThat(call.subject().id()).isEqualTo(activity.id().toString());
        });
    }

    @Test
    @DisplayName("only the organiser or staff record a notice sent")
    void strangerCannotRecordNotice() {
        DutyActivity activity = scheduledOn(TODAY.plusDays(10)).activity();

        Throwable refused = catchThrowable(() -> service.recordNotice(caller("wang.leader", QINGHAI, AccessRole.GROUP_LEADER),
                activity.id(), "QH-3.6"));

        assertThat(refused).isInstanceOf(AccessDenied.class);
        assertThat(clocks.stopped()).isEmpty();
    }

    @Test
    @DisplayName("attendance files one confirmed record per attendee and an absence per invitee who stayed away")
    void attendanceFilesRecordsAndAbsences() {
        DutyActivity activity = scheduled();

        AttendanceOutcome outcome = service.registerAttendance(organiser, activity.id(),
                new AttendanceCommand(List.of(present.id()), List.of(away.id())));

        assertThat(platform.records().stored(QINGHAI)).singleElement().satisfies(r -> {
            assertThat(r.deputy()).isEqualTo(present.id());
            assertThat(r.type()).isEqualTo(INSPECTION);
            assertThat(r.date()).isEqualTo(HELD_ON);
            assertThat(r.activity()).contains(activity.id());
            assertThat(r.counts()).isTrue();
        });
        assertThat(platform.absences().stored(QINGHAI))
                .extracting(Absence::deputy, Absence::from, Absence::approved, Absence::confirmedAttendance)
                .containsExactlyInAnyOrder(tuple(excused.id(), INSPECTION, true, false), tuple(away.id(), INSPECTION, false, true));
        assertThat(outcome.records()).extracting(DutyRecord::deputy).containsExactly(present.id());
        assertThat(outcome.absences()).hasSize(2);
        assertThat(filed).containsExactlyInAnyOrder(present.id(), excused.id(), away.id());
    }

    @Test
    @DisplayName("registering a deputy who is already registered at the activity is refused on the list's index")
    void sameDeputyTwiceRefused() {
        DutyActivity activity = scheduled();
        service.registerAttendance(organiser, activity.id(), new AttendanceCommand(List.of(present.id()), List.of()));

        var violation = violationOf(() -> service.registerAttendance(organiser, activity.id(),
                new AttendanceCommand(List.of(present.id()), List.of())));

        assertThat(violation.field()).isEqualTo("attended.0");
        assertThat(platform.records().stored(QINGHAI)).hasSize(1);
    }

    @Test
    @DisplayName("the same deputy twice in one list, or a confirmation from someone not invited, is refused on its index")
    void listsCheckedWithinThemselves() {
        DutyActivity activity = scheduled();
        Deputy uninvited = seat("李文华");

        var violations = violationsOf(() -> service.registerAttendance(organiser, activity.id(),
                new AttendanceCommand(List.of(present.id(), present.id()), List.of(uninvited.id()))));

        assertThat(violations).extracting(Violation::field).containsExactly("attended.1", "confirmed.0");
        assertThat(platform.records().stored(QINGHAI)).isEmpty();
    }

    @Test
    @DisplayName("a caller who neither organised the activity nor is staff may not register its attendance")
    void strangerRefused() {
        DutyActivity activity = scheduled();
        ActingCaller otherLeader = caller("wang.leader", QINGHAI, AccessRole.GROUP_LEADER);

        Throwable refused = catchThrowable(() -> service.registerAttendance(otherLeader, activity.id(),
                new AttendanceCommand(List.of(present.id()), List.of())));

        assertThat(refused).isInstanceOf(AccessDenied.class);
        assertThat(platform.records().stored(QINGHAI)).isEmpty();
        assertThat(platform.absences().stored(QINGHAI)).isEmpty();
    }

    @Test
    @DisplayName("staff may register the attendance of an activity someone else organised")
    void staffMayRegister() {
        DutyActivity activity = scheduled();

        service.registerAttendance(caller("qinghai-liaison", QINGHAI, AccessRole.LIAISON_OFFICER), activity.id(),
                new AttendanceCommand(List.of(present.id(), excused.id(), away.id()), List.of()));

        assertThat(platform.records().stored(QINGHAI)).hasSize(3);
        assertThat(platform.absences().stored(QINGHAI)).isEmpty();
    }
}
