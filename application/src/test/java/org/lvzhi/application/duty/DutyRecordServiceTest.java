package org.lvzhi.application.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.lvzhi.application.testing.QinghaiLike.GROUP_ACTIVITY;
import static org.lvzhi.application.testing.QinghaiLike.INSPECTION;
import static org.lvzhi.application.testing.TestData.QINGHAI;
import static org.lvzhi.application.testing.TestData.caller;
import static org.lvzhi.application.testing.ViolationAssertions.violationOf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.duty.port.in.RecordCommand;
import org.lvzhi.application.duty.port.in.ReviewDecision;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.testing.InMemoryPlatform;
import org.lvzhi.application.testing.QinghaiLike;
import org.lvzhi.application.testing.RecordingNotifications;
import org.lvzhi.application.testing.SeatBuilder;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.RecordSource;
import org.lvzhi.domain.duty.ReviewState;

/** Registering and reviewing duty records under a Qinghai-like profile, on the in-memory platform. */
class DutyRecordServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneOffset.UTC);

    private final InMemoryPlatform platform = InMemoryPlatform.create();
    /** The deputies supervision was told about, in order. */
    private final List<DeputyId> filed = new ArrayList<>();
    private final RecordChecks checks = new RecordChecks(platform.deputies(), platform.terms(), QinghaiLike.profiles());
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final DutyRecordService service = new DutyRecordService(platform.transactions(), platform.deputies(), platform.records(),
            new RecordAuthority(platform.persons(), platform.positions()), checks, (congress, deputy) -> filed.add(deputy), notifications, CLOCK);

    private final ActingCaller liaison = caller("qinghai-liaison", QINGHAI, AccessRole.LIAISON_OFFICER);
    private final ActingCaller ma = caller("ma.jianguo", QINGHAI, AccessRole.DEPUTY);
    private final ActingCaller ecologyLeader = caller("wang.leader", QINGHAI, AccessRole.GROUP_LEADER);
    private final ActingCaller lawLeader = caller("li.leader", QINGHAI, AccessRole.GROUP_LEADER);
    private Term term;
    private Deputy maJianguo;
    private Deputy cairang;

    @BeforeEach
    void qinghaiWithTwoGroups() {
        term = platform.terms().seed(QINGHAI, TestData.term(14, 2023));
        OrganisationUnit ecology = platform.units().seed(QINGHAI, TestData.unit(UnitKind.DEPUTY_GROUP, "生态环保小组"));
        OrganisationUnit law = platform.units().seed(QINGHAI, TestData.unit(UnitKind.DEPUTY_GROUP, "法治小组"));
        maJianguo = seat("马建国", "ma.jianguo", ecology);
        cairang = seat("才让卓玛", "cairang", law);
        lead(ecology, "王组长", "wang.leader");
        lead(law, "李组长", "li.leader");
    }

    private Deputy seat(String name, String login, OrganisationUnit group) {
        Person person = platform.persons().seed(QINGHAI, TestData.person(name, login));
        return platform.deputies().seed(QINGHAI,
                Deputy.elect(person.id(), term.id(), SeatBuilder.aSeat().inDeputyGroup(group).build(), ContactDetails.NONE));
    }

    private void lead(OrganisationUnit group, String name, String login) {
        Person holder = platform.persons().seed(QINGHAI, TestData.person(name, login));
        platform.transactions().inCongress(QINGHAI, () -> {
            platform.positions().add(PositionAssignment.assign(Position.GROUP_LEADER, holder.id(), Optional.of(group),
                    LocalDate.of(2023, 2, 1), Optional.empty()));
            return null;
        });
    }

    private static RecordCommand record(Optional<DeputyId> deputy, String type, LocalDate date) {
        return new RecordCommand(deputy, type, date, Optional.empty(), Optional.of("西宁湟水河巡查"), Optional.empty());
    }

    private DutyRecord selfRegisteredGroupActivity(ActingCaller deputy) {
        return service.selfRegister(deputy, record(Optional.empty(), GROUP_ACTIVITY, TODAY.minusDays(3)));
    }

    @Test
    @DisplayName("DC-8.1: an organiser's record is confirmed at once and supervision hears of it")
    void organiserRecordCountsAtOnce() {
        DutyRecord registered = service.register(liaison, record(Optional.of(maJianguo.id()), INSPECTION, TODAY.minusDays(1)));

        assertThat(registered.source()).isEqualTo(RecordSource.ORGANISER);
        assertThat(registered.counts()).isTrue();
        assertThat(platform.records().stored(QINGHAI)).containsExactly(registered);
        assertThat(filed).containsExactly(maJianguo.id());
    }

    @Test
    @DisplayName("a deputy cannot register themselves a type the organiser registers; the refusal names the registrar")
    void selfRegisteringAnOrganisersType() {
        var violation = violationOf(() -> service.selfRegister(ma, record(Optional.empty(), INSPECTION, TODAY.minusDays(1))));

        assertThat(violation.field()).isEqualTo("type");
        assertThat(violation.message()).contains("活动组织单位");
        assertThat(platform.records().stored(QINGHAI)).isEmpty();
    }

    @Test
    @DisplayName("QH-10.3: a self-registered group activity waits for review and supervision does not hear of it yet")
    void selfRegisteredGroupActivityIsPending() {
        DutyRecord pending = selfRegisteredGroupActivity(ma);

        assertThat(pending.state()).isEqualTo(ReviewState.PENDING);
        assertThat(pending.deputy()).isEqualTo(maJianguo.id());
        assertThat(filed).isEmpty();
    }

    @Test
    @DisplayName("QH-10.3: a liaison officer may not confirm a group activity; only its group's leader may")
    void liaisonMayNotConfirmGroupActivity() {
        DutyRecord pending = selfRegisteredGroupActivity(ma);

        Throwable refused = catchThrowable(() -> service.review(liaison, pending.id(), ReviewDecision.CONFIRM, Optional.empty()));

        assertThat(refused).isInstanceOf(AccessDenied.class).hasMessageContaining("代表小组组长");
        assertThat(platform.records().stored(QINGHAI)).singleElement().extracting(DutyRecord::state).isEqualTo(ReviewState.PENDING);
    }

    @Test
    @DisplayName("QH-10.3: the leader of another deputy group may not confirm the activity")
    void otherGroupsLeaderMayNotConfirm() {
        DutyRecord pending = selfRegisteredGroupActivity(ma);

        Throwable refused = catchThrowable(() -> service.review(lawLeader, pending.id(), ReviewDecision.CONFIRM, Optional.empty()));

        assertThat(refused).isInstanceOf(AccessDenied.class);
        assertThat(platform.records().stored(QINGHAI)).singleElement().extracting(DutyRecord::state).isEqualTo(ReviewState.PENDING);
    }

    @Test
    @DisplayName("QH-10.3: the leader of the deputy's own group confirms the activity; it counts, supervision and webhooks hear of it")
    void ownGroupsLeaderConfirms() {
        DutyRecord pending = selfRegisteredGroupActivity(ma);

        DutyRecord confirmed = service.review(ecologyLeader, pending.id(), ReviewDecision.CONFIRM, Optional.empty());

        assertThat(confirmed.state()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(platform.records().stored(QINGHAI)).containsExactly(confirmed);
        assertThat(filed).containsExactly(maJianguo.id());
        assertThat(notifications.sent()).extracting(Notification::event).containsExactly("duty-record.registered", "duty-record.confirmed");
        assertThat(notifications.sent().getFirst().data()).containsEntry("source", "SELF").containsEntry("state", "PENDING");
        assertThat(notifications.sent().getLast().data()).containsEntry("recordId", confirmed.id().toString())
                .containsEntry("deputyId", maJianguo.id().toString());
    }

    @Test
    @DisplayName("a rejection without a reason is refused on the reason and leaves the record pending")
    void rejectingNeedsAReason() {
        DutyRecord pending = selfRegisteredGroupActivity(ma);

        var violation = violationOf(() -> service.review(ecologyLeader, pending.id(), ReviewDecision.REJECT, Optional.empty()));

        assertThat(violation.field()).isEqualTo("reason");
        assertThat(platform.records().stored(QINGHAI)).singleElement().extracting(DutyRecord::state).isEqualTo(ReviewState.PENDING);
    }

    @Test
    @DisplayName("a rejected record does not count and supervision does not hear of it")
    void rejectedRecordIsNotFiled() {
        DutyRecord pending = selfRegisteredGroupActivity(ma);

        DutyRecord rejected = service.review(ecologyLeader, pending.id(), ReviewDecision.REJECT, Optional.of("无活动记录"));

        assertThat(rejected.state()).isEqualTo(ReviewState.REJECTED);
        assertThat(rejected.rejectionReason()).contains("无活动记录");
        assertThat(filed).isEmpty();
        assertThat(notifications.sent().getLast()).satisfies(n -> {
            assertThat(n.event()).isEqualTo("duty-record.rejected");
            assertThat(n.data()).containsEntry("reason", "无活动记录");
        });
    }

    @Test
    @DisplayName("a record dated after today is refused on the date")
    void futureDateRefused() {
        var violation = violationOf(() -> service.register(liaison, record(Optional.of(maJianguo.id()), INSPECTION, TODAY.plusDays(1))));

        assertThat(violation.field()).isEqualTo("date");
        assertThat(platform.records().stored(QINGHAI)).isEmpty();
    }

    @Test
    @DisplayName("a record dated before the deputy's term is refused on the date")
    void dateOutsideTermRefused() {
        var violation = violationOf(() -> service.selfRegister(ma, record(Optional.empty(), GROUP_ACTIVITY, term.startsOn().minusDays(1))));

        assertThat(violation.field()).isEqualTo("date");
        assertThat(violation.message()).contains(term.startsOn().toString());
        assertThat(platform.records().stored(QINGHAI)).isEmpty();
    }

    @Test
    @DisplayName("a group leader's review queue holds only the pending records of their own group's deputies")
    void leadersQueueHoldsOwnGroupOnly() {
        DutyRecord ours = selfRegisteredGroupActivity(ma);
        DutyRecord theirs = selfRegisteredGroupActivity(caller("cairang", QINGHAI, AccessRole.DEPUTY));

        var ecologyQueue = service.reviewQueue(ecologyLeader, KeysetRequest.of(null, null));
        var staffQueue = service.reviewQueue(liaison, KeysetRequest.of(null, null));

        assertThat(ecologyQueue.items()).containsExactly(ours);
        assertThat(staffQueue.items()).containsExactlyInAnyOrder(ours, theirs);
        assertThat(theirs.deputy()).isEqualTo(cairang.id());
    }
}
