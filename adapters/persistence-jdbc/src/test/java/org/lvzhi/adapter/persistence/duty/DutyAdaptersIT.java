package org.lvzhi.adapter.persistence.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.duty.port.out.AbsencePort;
import org.lvzhi.application.duty.port.out.ActivityNoticePort;
import org.lvzhi.application.duty.port.out.DutyActivityPort;
import org.lvzhi.application.duty.port.out.DutyHistoryPort;
import org.lvzhi.application.duty.port.out.DutyHistoryPort.DutyHistory;
import org.lvzhi.application.duty.port.out.SupervisionHistoryPort;
import org.lvzhi.application.duty.port.out.SupervisionHistoryPort.SupervisionHistory;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.AbsenceId;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.DutyRecordId;
import org.lvzhi.domain.duty.RecordSource;
import org.lvzhi.domain.duty.ReviewState;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.supervision.ConfirmedRecord;
import org.lvzhi.domain.supervision.ConfirmedRecords;
import org.lvzhi.domain.supervision.SupervisionPlan;

class DutyAdaptersIT extends TenantIT {

    private static final LocalDate DAY = LocalDate.of(2025, 5, 20);

    @Inject DutyRecordPort records;
    @Inject DutyActivityPort activities;
    @Inject AbsencePort absences;
    @Inject DutyHistoryPort histories;
    @Inject SupervisionHistoryPort supervised;
    @Inject ActivityNoticePort notices;

    private UnitId organiser;
    private DeputyId deputy;
    private DeputyId invitee;

    @BeforeAll
    void anOrganiserAndDeputies() {
        organiser = in(() -> addUnit(UnitKind.WORK_COMMITTEE, "城关街道人大工委"));
        deputy = deputy("陈履职");
        invitee = deputy("林受邀");
    }

    @Test
    @DisplayName("an activity keeps its place, organiser and invited deputies; one without them keeps them absent")
    void activityRoundTrip() {
        DutyActivity full = new DutyActivity(DutyActivityId.random(), term, "VISIT", "走访选民：听取对老旧小区改造的意见", DAY,
                Optional.of("城关镇文化站二楼"), Optional.of(organiser), "staff-1", List.of(deputy, invitee));
        DutyActivity bare = new DutyActivity(DutyActivityId.random(), term, "TRAINING", "履职培训", DAY.plusDays(1), Optional.empty(),
                Optional.empty(), "staff-2", List.of());
        run(() -> {
            activities.add(full);
            activities.add(bare);
        });

        DutyActivity stored = read(() -> activities.find(full.id())).orElseThrow();
        assertThat(stored).usingRecursiveComparison().ignoringFields("invited").isEqualTo(full);
        assertThat(stored.invited()).containsExactlyInAnyOrder(deputy, invitee);
        assertThat(read(() -> activities.find(bare.id()))).contains(bare);
        assertThat(read(other, () -> activities.find(full.id()))).isEmpty();
    }

    @Test
    @DisplayName("activities are listed latest first, a page at a time, with the congress's total")
    void activitiesLatestFirst() {
        CongressId own = addCongress();
        TermId ownTerm = in(own, () -> addTerm(2021));
        for (int day = 1; day <= 3; day++) {
            DutyActivity activity = new DutyActivity(DutyActivityId.random(), ownTerm, "VISIT", "活动" + day, DAY.plusDays(day),
                    Optional.empty(), Optional.empty(), "staff", List.of());
            run(own, () -> activities.add(activity));
        }

        Page<DutyActivity> first = read(own, () -> activities.list(new PageRequest(0, 2)));
        Page<DutyActivity> second = read(own, () -> activities.list(new PageRequest(1, 2)));

        assertThat(first.items()).extracting(DutyActivity::title).containsExactly("活动3", "活动2");
        assertThat(second.items()).extracting(DutyActivity::title).containsExactly("活动1");
        assertThat(first.total()).isEqualTo(3);
    }

    @Test
    @DisplayName("a record keeps every field; a review changes its state and reason only")
    void recordRoundTripAndReview() {
        DutyActivity activity = activity();
        DutyRecord self = new DutyRecord(DutyRecordId.random(), deputy, "CONTACT_VOTERS", DAY, Optional.of(activity.id()),
                Optional.of("张三（选民）"), Optional.of("反映停车难问题"), RecordSource.SELF, ReviewState.PENDING, Optional.empty(), "deputy-1",
                new BigDecimal("1.5"));
        DutyRecord bare = DutyRecord.registered(deputy, "STUDY", DAY.minusDays(3), Optional.empty(), Optional.empty(), Optional.empty(),
                "staff");
        run(() -> {
            records.add(self);
            records.add(bare);
        });
        DutyRecord rejected = self.reject("材料不全，请补充照片");

        run(() -> records.update(rejected));

        assertThat(read(() -> records.find(self.id()))).contains(rejected);
        assertThat(read(() -> records.find(bare.id()))).contains(bare);
        assertThat(read(() -> records.ofDeputy(deputy, DAY.minusDays(3), DAY))).containsExactly(bare, rejected);
        assertThat(read(() -> records.ofDeputy(deputy, DAY.minusDays(2), DAY.minusDays(1)))).isEmpty();
        assertThat(read(other, () -> records.find(self.id()))).isEmpty();
    }

    @Test
    @DisplayName("a second record of a deputy at one activity is refused as a violation; a rejected one leaves room for it")
    void oneRecordPerActivity() {
        DutyActivity activity = activity();
        DutyRecord first = new DutyRecord(DutyRecordId.random(), invitee, "MEETING", DAY, Optional.of(activity.id()), Optional.empty(),
                Optional.empty(), RecordSource.SELF, ReviewState.PENDING, Optional.empty(), "deputy", BigDecimal.ONE);
        run(() -> records.add(first));

        InvariantViolation refused = catchThrowableOfType(InvariantViolation.class, () -> run(() -> records.add(
                DutyRecord.registered(invitee, "MEETING", DAY, Optional.of(activity.id()), Optional.empty(), Optional.empty(), "staff"))));
        boolean registeredBefore = read(() -> records.registeredAt(invitee, activity.id()));
        run(() -> records.update(first.reject("重复登记")));
        boolean registeredAfter = read(() -> records.registeredAt(invitee, activity.id()));
        run(() -> records.add(DutyRecord.registered(invitee, "MEETING", DAY, Optional.of(activity.id()), Optional.empty(),
                Optional.empty(), "staff")));

        assertThat(refused.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("deputyId"));
        assertThat(registeredBefore).isTrue();
        assertThat(registeredAfter).isFalse();
        assertThat(read(() -> records.registeredAt(invitee, activity.id()))).isTrue();
    }

    @Test
    @DisplayName("pending records oldest first, and those of deputies in the groups asked for only")
    void pendingRecords() {
        CongressId own = addCongress();
        TermId ownTerm = in(own, () -> addTerm(2021));
        UnitId group = in(own, () -> addUnit(UnitKind.DEPUTY_GROUP, "第一代表小组"));
        UnitId otherGroup = in(own, () -> addUnit(UnitKind.DEPUTY_GROUP, "第二代表小组"));
        DeputyId member = in(own, () -> addDeputy(ownTerm, "组员", inGroup(group)));
        DeputyId outsider = in(own, () -> addDeputy(ownTerm, "外组", inGroup(otherGroup)));
        DutyRecord later = pending(member, DAY.plusDays(2));
        DutyRecord sooner = pending(member, DAY);
        DutyRecord ofOutsider = pending(outsider, DAY.plusDays(1));
        DutyRecord confirmed = DutyRecord.registered(member, "STUDY", DAY, Optional.empty(), Optional.empty(), Optional.empty(), "s");
        run(own, () -> List.of(later, sooner, ofOutsider, confirmed).forEach(records::add));

        Slice<DutyRecord> first = read(own, () -> records.pending(new KeysetRequest(Optional.empty(), 2, true)));
        Slice<DutyRecord> second = read(own, () -> records.pending(new KeysetRequest(first.next(), 2)));
        Slice<DutyRecord> inGroup = read(own, () -> records.pendingInGroups(Set.of(group), new KeysetRequest(Optional.empty(), 20, true)));
        Slice<DutyRecord> noGroups = read(own, () -> records.pendingInGroups(Set.of(), new KeysetRequest(Optional.empty(), 20, true)));

        assertThat(first.items()).containsExactly(sooner, ofOutsider);
        assertThat(second.items()).containsExactly(later);
        assertThat(first.total()).contains(3L);
        assertThat(inGroup.items()).containsExactly(sooner, later);
        assertThat(inGroup.total()).contains(2L);
        assertThat(noGroups.items()).isEmpty();
    }

    @Test
    @DisplayName("an absence with a reference is recorded once however often it is added; one without is recorded each time")
    void absencesOnceByReference() {
        DeputyId absent = deputy("郑缺席");
        Absence session = new Absence(AbsenceId.random(), absent, Absence.SESSION, DAY, Optional.of("第三次会议"), true, false);
        Absence again = new Absence(AbsenceId.random(), absent, Absence.SESSION, DAY, Optional.of("第三次会议"), false, true);
        Absence unreferenced = new Absence(AbsenceId.random(), absent, "VISIT", DAY.plusDays(1), Optional.empty(), false, true);
        run(() -> List.of(session, again, unreferenced).forEach(absences::add));

        assertThat(read(() -> absences.ofDeputy(absent, DAY, DAY.plusDays(1)))).containsExactly(session, unreferenced);
        assertThat(read(() -> absences.ofDeputy(absent, DAY.plusDays(1), DAY.plusDays(9)))).containsExactly(unreferenced);
        assertThat(read(other, () -> absences.ofDeputy(absent, DAY, DAY.plusDays(1)))).isEmpty();
    }

    @Test
    @DisplayName("the duty history of several deputies in one read: each its records and absences in the window, in date order")
    void historyOfSeveralDeputies() {
        DeputyId first = deputy("甲");
        DeputyId second = deputy("乙");
        DeputyId idle = deputy("丙");
        DutyRecord early = DutyRecord.registered(first, "STUDY", DAY, Optional.empty(), Optional.of("王某"), Optional.of("备注"), "s");
        DutyRecord late = pending(first, DAY.plusDays(5));
        DutyRecord outside = pending(first, DAY.plusDays(40));
        DutyRecord ofSecond = pending(second, DAY.plusDays(1));
        Absence absence = new Absence(AbsenceId.random(), second, Absence.SESSION_MEETING, DAY.plusDays(2), Optional.of("全体会议"), true, true);
        run(() -> {
            List.of(late, early, outside, ofSecond).forEach(records::add);
            absences.add(absence);
        });

        Map<DeputyId, DutyHistory> read = read(() -> histories.of(List.of(first, second, idle), DAY, DAY.plusDays(30)));

        assertThat(read.get(first)).isEqualTo(new DutyHistory(List.of(early, late), List.of()));
        assertThat(read.get(second)).isEqualTo(new DutyHistory(List.of(ofSecond), List.of(absence)));
        assertThat(read.get(idle)).isEqualTo(new DutyHistory(List.of(), List.of()));
        assertThat(read(other, () -> histories.of(List.of(first), DAY, DAY.plusDays(30))).get(first).records()).isEmpty();
    }

    @Test
    @DisplayName("supervision's history: of the confirmed records only the latest of each planned type in each planned range, as the plan keeps them")
    void supervisedHistoryIsWhatThePlanKeeps() {
        DeputyId watched = deputy("丁");
        DeputyId idle = deputy("戊");
        List<DutyRecord> filed = List.of(confirmed(watched, "CONTACT_VOTERS", DAY), confirmed(watched, "CONTACT_VOTERS", DAY.plusDays(3)),
                confirmed(watched, "CONTACT_VOTERS", DAY.plusDays(10)), pending(watched, DAY.plusDays(12)),
                confirmed(watched, "STUDY", DAY.plusDays(2)), confirmed(watched, "TRAINING", DAY.plusDays(1)));
        Absence absence = new Absence(AbsenceId.random(), watched, Absence.SESSION, DAY.plusDays(4), Optional.empty(), false, false);
        run(() -> {
            filed.forEach(records::add);
            absences.add(absence);
        });
        SupervisionPlan plan = new SupervisionPlan(Set.of("CONTACT_VOTERS", "STUDY"),
                List.of(new DateRange(DAY, DAY.plusDays(4)), new DateRange(DAY, DAY.plusDays(30))));

        Map<DeputyId, SupervisionHistory> read = read(() -> supervised.of(List.of(watched, idle), plan, DAY, DAY.plusDays(30)));

        assertThat(read.get(watched).records().records()).containsExactly(new ConfirmedRecord("STUDY", DAY.plusDays(2)),
                new ConfirmedRecord("CONTACT_VOTERS", DAY.plusDays(3)), new ConfirmedRecord("CONTACT_VOTERS", DAY.plusDays(10)));
        assertThat(read.get(watched).records()).isEqualTo(plan.keep(ConfirmedRecords.confirmedOf(filed)));
        assertThat(read.get(watched).absences()).containsExactly(absence);
        assertThat(read.get(idle)).isEqualTo(new SupervisionHistory(new ConfirmedRecords(List.of()), List.of()));
        assertThat(read(other, () -> supervised.of(List.of(watched), plan, DAY, DAY.plusDays(30))).get(watched).records().records()).isEmpty();
    }

    @Test
    @DisplayName("a notice is recorded once per activity and rule: the second add says it was there already")
    void noticesOncePerRule() {
        DutyActivity activity = activity();

        boolean first = in(() -> notices.add(activity.id(), "QH-4.2", DAY, "job"));
        boolean second = in(() -> notices.add(activity.id(), "QH-4.2", DAY.plusDays(1), "job"));
        boolean another = in(() -> notices.add(activity.id(), "QH-4.3", DAY, "staff"));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(another).isTrue();
        assertThat(read(() -> notices.recorded(activity.id()))).containsExactly("QH-4.2", "QH-4.3");
        assertThat(read(other, () -> notices.recorded(activity.id()))).isEmpty();
    }

    private DutyActivity activity() {
        DutyActivity activity = new DutyActivity(DutyActivityId.random(), term, "MEETING", "代表小组活动", DAY, Optional.empty(),
                Optional.empty(), "staff", List.of());
        run(() -> activities.add(activity));
        return activity;
    }

    private static DutyRecord confirmed(DeputyId of, String type, LocalDate on) {
        return DutyRecord.registered(of, type, on, Optional.empty(), Optional.empty(), Optional.empty(), "staff");
    }

    private static DutyRecord pending(DeputyId of, LocalDate on) {
        return DutyRecord.selfRegistered(of, "CONTACT_VOTERS", on, Optional.empty(), Optional.empty(), "deputy");
    }
}
