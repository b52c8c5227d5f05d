package org.lvzhi.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.congress.TermTest.date;
import static org.lvzhi.domain.congress.TermTest.term;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.shared.Violation;

class TermCalendarTest {

    private static final Term THIRTEENTH = term(13, "2018-01-01", "2022-12-31");
    private static final Term FOURTEENTH = term(14, "2023-01-01", "2027-12-31");

    @Test
    @DisplayName("a term may be added to an empty calendar")
    void addToEmpty() {
        assertThat(empty().add(FOURTEENTH).terms()).containsExactly(FOURTEENTH);
    }

    @Test
    @DisplayName("a term starting the day after the previous one ends is accepted")
    void adjacentTermIsAccepted() {
        assertThat(empty().add(THIRTEENTH).add(FOURTEENTH).terms()).containsExactly(THIRTEENTH, FOURTEENTH);
    }

    @Test
    @DisplayName("a term overlapping an existing term is refused")
    void overlappingTermIsRefused() {
        TermCalendar calendar = empty().add(THIRTEENTH);

        Violation violation = violationOf(() -> calendar.add(term(14, "2022-06-01", "2027-05-31")));

        assertThat(violation.field()).isEqualTo("startsOn");
        assertThat(violation.message()).isEqualTo("与第 13 届（2018-01-01 至 2022-12-31）的届期重叠");
    }

    @Test
    @DisplayName("a term starting on the day the previous one ends is refused")
    void touchingTermIsRefused() {
        TermCalendar calendar = empty().add(THIRTEENTH);

        assertThat(violationOf(() -> calendar.add(term(14, "2022-12-31", "2027-12-30"))).message()).contains("届期重叠");
    }

    @Test
    @DisplayName("a term lying wholly inside an existing term is refused")
    void containedTermIsRefused() {
        TermCalendar calendar = empty().add(FOURTEENTH);

        assertThat(violationOf(() -> calendar.add(term(15, "2024-01-01", "2024-12-31"))).field()).isEqualTo("startsOn");
    }

    @Test
    @DisplayName("a term earlier than every existing term must not overlap either")
    void earlierOverlappingTermIsRefused() {
        TermCalendar calendar = empty().add(FOURTEENTH);

        assertThat(violationOf(() -> calendar.add(term(13, "2018-01-01", "2023-01-01"))).field()).isEqualTo("startsOn");
    }

    @Test
    @DisplayName("two terms may not share a number")
    void duplicateNumberIsRefused() {
        TermCalendar calendar = empty().add(THIRTEENTH);

        assertThat(violationOf(() -> calendar.add(term(13, "2023-01-01", "2027-12-31"))))
                .isEqualTo(new Violation("number", "第 13 届已存在"));
    }

    @Test
    @DisplayName("a refused term leaves the calendar as it was")
    void refusedTermLeavesCalendarUnchanged() {
        TermCalendar calendar = empty().add(THIRTEENTH);

        violationOf(() -> calendar.add(term(13, "2023-01-01", "2027-12-31")));

        assertThat(calendar.terms()).containsExactly(THIRTEENTH);
    }

    @Test
    @DisplayName("adding a term gives a new calendar and leaves the old one as it was")
    void addReturnsNewCalendar() {
        TermCalendar before = empty().add(THIRTEENTH);

        TermCalendar after = before.add(FOURTEENTH);

        assertThat(before.terms()).containsExactly(THIRTEENTH);
        assertThat(after.terms()).containsExactly(THIRTEENTH, FOURTEENTH);
    }

    @Test
    @DisplayName("a calendar keeps its terms in order of their start")
    void termsAreSortedByStart() {
        assertThat(empty().add(FOURTEENTH).add(THIRTEENTH).terms()).containsExactly(THIRTEENTH, FOURTEENTH);
    }

    @Test
    @DisplayName("the term on a date is the term covering it")
    void termOnFindsCoveringTerm() {
        TermCalendar calendar = empty().add(THIRTEENTH).add(FOURTEENTH);

        assertThat(calendar.termOn(date("2020-03-05"))).contains(THIRTEENTH);
        assertThat(calendar.termOn(date("2025-03-05"))).contains(FOURTEENTH);
    }

    @Test
    @DisplayName("the term on a date includes a term's first and last day")
    void termOnIsInclusive() {
        TermCalendar calendar = empty().add(THIRTEENTH).add(FOURTEENTH);

        assertThat(calendar.termOn(date("2022-12-31"))).contains(THIRTEENTH);
        assertThat(calendar.termOn(date("2023-01-01"))).contains(FOURTEENTH);
    }

    @Test
    @DisplayName("there is no term on a date no term covers")
    void termOnFindsNothingOutsideTerms() {
        TermCalendar calendar = empty().add(FOURTEENTH);

        assertThat(calendar.termOn(date("2022-12-31"))).isEmpty();
        assertThat(calendar.termOn(date("2028-01-01"))).isEmpty();
    }

    private static TermCalendar empty() {
        return new TermCalendar(List.of());
    }
}
