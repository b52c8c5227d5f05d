package org.lvzhi.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.lvzhi.application.testing.TestData.HUNAN;
import static org.lvzhi.application.testing.TestData.QINGHAI;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.AbsenceId;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.DutyRecordId;
import org.lvzhi.domain.duty.RecordSource;
import org.lvzhi.domain.duty.ReviewState;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.supervision.CaseOpening;
import org.lvzhi.domain.supervision.SupervisionCase;

/** The duty and supervision stores keep the keys and tenancy of their tables, so the service tests can rely on them. */
class InMemoryDutyStoresTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private final InMemoryPlatform platform = InMemoryPlatform.create();
    private final InMemoryTransactions transactions = platform.transactions();
    private OrganisationUnit group;
    private Deputy inGroup;
    private Deputy outside;

    @BeforeEach
    void qinghaiWithTwoDeputies() {
        Term term = platform.terms().seed(QINGHAI, TestData.term(14, 2023));
        group = platform.units().seed(QINGHAI, TestData.unit(UnitKind.DEPUTY_GROUP, "生态小组"));
        inGroup = seat(term, SeatBuilder.aSeat().inDeputyGroup(group), "马建国");
        outside = seat(term, SeatBuilder.aSeat(), "才让卓玛");
    }

    private Deputy seat(Term term, SeatBuilder seat, String name) {
        var person = platform.persons().seed(QINGHAI, TestData.person(name));
        return platform.deputies().seed(QINGHAI, Deputy.elect(person.id(), term.id(), seat.build(), ContactDetails.NONE));
    }

    private static DutyRecord atActivity(DeputyId deputy, DutyActivityId activity) {
        return DutyRecord.registered(deputy, "INSPECTION", DAY, Optional.of(activity), Optional.empty(), Optional.empty(), "organiser");
    }

    private static DutyRecord pending(DeputyId deputy) {
        return DutyRecord.selfRegistered(deputy, "GROUP_ACTIVITY", DAY, Optional.empty(), Optional.empty(), "deputy");
    }

    @Test
    @DisplayName("a second live record of a deputy at one activity is refused; after a rejection it is not")
    void onceAtAnActivity() {
        DutyActivityId activity = DutyActivityId.random();
        platform.records().seed(QINGHAI, atActivity(inGroup.id(), activity));

        Throwable second = catchThrowable(
                () -> platform.records().seed(QINGHAI, atActivity(inGroup.id(), activity)));
        platform.records().seed(QINGHAI, new DutyRecord(DutyRecordId.random(), outside.id(), "INSPECTION", DAY, Optional.of(activity),
                Optional.empty(), Optional.empty(), RecordSource.SELF, ReviewState.REJECTED, Optional.of("不实"), "deputy", BigDecimal.ONE));
        platform.records().seed(QINGHAI, atActivity(outside.id(), activity));

        assertThat(second).isInstanceOf(InvariantViolation.class);
        assertThat(platform.records().stored(QINGHAI)).hasSize(3);
        assertThat(transactions.readInCongress(QINGHAI, () -> platform.records().registeredAt(inGroup.id(), activity))).isTrue();
        assertThat(transactions.readInCongress(HUNAN, () -> platform.records().registeredAt(inGroup.id(), activity))).isFalse();
    }

    @Test
    @DisplayName("a group's review queue holds the pending records of deputies seated in the group only")
    void pendingInGroupsBySeat() {
        DutyRecord ours = platform.records().seed(QINGHAI, pending(inGroup.id()));
        platform.records().seed(QINGHAI, pending(outside.id()));

        var queue = transactions.readInCongress(QINGHAI,
                () -> platform.records().pendingInGroups(Set.of(group.id()), KeysetRequest.of(null, null, true)));

        assertThat(queue.items()).containsExactly(ours);
        assertThat(queue.total()).contains(1L);
    }

    @Test
    @DisplayName("a second absence of a deputy from the same thing leaves the first as it is")
    void absenceKeptAsIs() {
        Absence first = new Absence(AbsenceId.random(), inGroup.id(), Absence.SESSION, DAY, Optional.of("s1"), false, false);
        Absence again = new Absence(AbsenceId.random(), inGroup.id(), Absence.SESSION, DAY, Optional.of("s1"), true, true);

        platform.absences().seed(QINGHAI, first);
        platform.absences().seed(QINGHAI, again);

        assertThat(platform.absences().stored(QINGHAI)).containsExactly(first);
    }

    @Test
    @DisplayName("a case under the same deputy, rule and trigger key is not opened twice; another congress sees none")
    void caseOpenedOnce() {
        CaseOpening opening = new CaseOpening("QH-11.3", "第十一条", "SESSION@2023-01-15:1", 1, "INTERVIEW", "DELEGATION_HEAD",
                List.of(), List.of());

        boolean first = transactions.inCongress(QINGHAI, () -> platform.cases().open(SupervisionCase.open(inGroup.id(), opening, DAY)));
        boolean second = transactions.inCongress(QINGHAI, () -> platform.cases().open(SupervisionCase.open(inGroup.id(), opening, DAY)));
        boolean forAnother = transactions.inCongress(QINGHAI, () -> platform.cases().open(SupervisionCase.open(outside.id(), opening, DAY)));

        assertThat(List.of(first, second, forAnother)).containsExactly(true, false, true);
        assertThat(transactions.readInCongress(HUNAN, () -> platform.cases().ofDeputy(inGroup.id()))).isEmpty();
    }
}
