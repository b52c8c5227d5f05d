package org.lvzhi.domain.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.shared.Name;
import org.lvzhi.domain.shared.Violation;

class PositionAssignmentTest {

    private static final LocalDate FROM = LocalDate.of(2023, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2027, 12, 31);

    @Test
    @DisplayName("a delegation head is held in a delegation")
    void delegationHeadInDelegation() {
        OrganisationUnit delegation = unit(UnitKind.DELEGATION);

        PositionAssignment assignment = assign(Position.DELEGATION_HEAD, Optional.of(delegation));

        assertThat(assignment.unit()).contains(delegation.id());
        assertThat(assignment.position()).isEqualTo(Position.DELEGATION_HEAD);
    }

    @Test
    @DisplayName("a delegation head without a unit is refused")
    void delegationHeadWithoutUnitIsRefused() {
        assertThat(violationOf(() -> assign(Position.DELEGATION_HEAD, Optional.empty())))
                .isEqualTo(new Violation("unitId", "职务“代表团团长”须在一个代表团中担任，请指定该机构"));
    }

    @Test
    @DisplayName("a delegation head in a deputy group is refused")
    void delegationHeadInDeputyGroupIsRefused() {
        Violation violation = violationOf(() -> assign(Position.DELEGATION_HEAD, Optional.of(unit(UnitKind.DEPUTY_GROUP))));

        assertThat(violation.field()).isEqualTo("unitId");
        assertThat(violation.message()).contains("须在一个代表团中担任");
    }

    @ParameterizedTest(name = "{0} in a {1}")
    @MethodSource("unitBoundPositionsInEveryOtherKind")
    @DisplayName("an office held in a unit is refused in a unit of another kind")
    void unitOfWrongKindIsRefused(Position position, UnitKind wrongKind) {
        assertThat(violationOf(() -> assign(position, Optional.of(unit(wrongKind)))).field()).isEqualTo("unitId");
    }

    @Test
    @DisplayName("the chair is an office of the congress as a whole")
    void chairWithoutUnit() {
        assertThat(assign(Position.CHAIR, Optional.empty()).unit()).isEmpty();
    }

    @Test
    @DisplayName("the chair may not be assigned to a unit")
    void chairWithUnitIsRefused() {
        assertThat(violationOf(() -> assign(Position.CHAIR, Optional.of(unit(UnitKind.DELEGATION)))))
                .isEqualTo(new Violation("unitId", "职务“主任”不属于任何机构，不应指定机构"));
    }

    @Test
    @DisplayName("an office may not end before it starts")
    void untilBeforeFromIsRefused() {
        assertThat(violationOf(() -> heldBetween(FROM, FROM.minusDays(1))))
                .isEqualTo(new Violation("until", "任职结束日期不能早于开始日期"));
    }

    @Test
    @DisplayName("an office may be held for a single day")
    void singleDayIsAccepted() {
        assertThat(heldBetween(FROM, FROM).until()).contains(FROM);
    }

    @Test
    @DisplayName("an office is held on its first day")
    void heldOnFirstDay() {
        assertThat(heldBetween(FROM, UNTIL).heldOn(FROM)).isTrue();
    }

    @Test
    @DisplayName("an office is held on its last day")
    void heldOnLastDay() {
        assertThat(heldBetween(FROM, UNTIL).heldOn(UNTIL)).isTrue();
    }

    @Test
    @DisplayName("an office is not held before its first day")
    void notHeldBefore() {
        assertThat(heldBetween(FROM, UNTIL).heldOn(FROM.minusDays(1))).isFalse();
    }

    @Test
    @DisplayName("an office is not held after its last day")
    void notHeldAfter() {
        assertThat(heldBetween(FROM, UNTIL).heldOn(UNTIL.plusDays(1))).isFalse();
    }

    @Test
    @DisplayName("an office without an end date is held from its first day on")
    void openEndedIsHeldOn() {
        PositionAssignment assignment = assign(Position.CHAIR, Optional.empty());

        assertThat(assignment.heldOn(FROM.minusDays(1))).isFalse();
        assertThat(assignment.heldOn(FROM)).isTrue();
        assertThat(assignment.heldOn(FROM.plusYears(30))).isTrue();
    }

    static Stream<Arguments> unitBoundPositionsInEveryOtherKind() {
        return Arrays.stream(Position.values())
                .filter(p -> p.heldIn().isPresent())
                .flatMap(p -> Arrays.stream(UnitKind.values())
                        .filter(k -> k != p.heldIn().get())
                        .map(k -> Arguments.of(p, k)));
    }

    private static PositionAssignment assign(Position position, Optional<OrganisationUnit> unit) {
        return PositionAssignment.assign(position, PersonId.random(), unit, FROM, Optional.empty());
    }

    private static PositionAssignment heldBetween(LocalDate from, LocalDate until) {
        return PositionAssignment.assign(Position.CHAIR, PersonId.random(), Optional.empty(), from, Optional.of(until));
    }

    private static OrganisationUnit unit(UnitKind kind) {
        return new OrganisationUnit(UnitId.random(), kind, new Name("某机构"), Optional.empty());
    }
}
