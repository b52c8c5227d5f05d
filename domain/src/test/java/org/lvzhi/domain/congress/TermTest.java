package org.lvzhi.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lvzhi.domain.shared.Violation;

class TermTest {

    private static final Term FOURTEENTH = term(14, "2023-01-01", "2027-12-31");

    @Test
    @DisplayName("a term has a positive number and ends after it starts")
    void validTerm() {
        assertThat(FOURTEENTH.number()).isEqualTo(14);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    @DisplayName("a term's number is at least one")
    void numberMustBePositive(int number) {
        assertThat(violationOf(() -> term(number, "2023-01-01", "2027-12-31")))
                .isEqualTo(new Violation("number", "届次须为正整数"));
    }

    @Test
    @DisplayName("a term of number one is accepted")
    void numberOneIsAccepted() {
        assertThat(term(1, "2023-01-01", "2027-12-31").number()).isEqualTo(1);
    }

    @Test
    @DisplayName("a term may not end on the day it starts")
    void endOnStartIsRefused() {
        assertThat(violationOf(() -> term(1, "2023-01-01", "2023-01-01")))
                .isEqualTo(new Violation("endsOn", "届期结束日期须晚于开始日期"));
    }

    @Test
    @DisplayName("a term may not end before it starts")
    void endBeforeStartIsRefused() {
        assertThat(violationOf(() -> term(1, "2023-01-01", "2022-12-31")).field()).isEqualTo("endsOn");
    }

    @Test
    @DisplayName("a term's dates are required")
    void datesAreRequired() {
        assertThat(violationOf(() -> new Term(TermId.random(), 1, null, date("2027-12-31"))))
                .isEqualTo(new Violation("startsOn", "必填"));
    }

    @Test
    @DisplayName("a term covers its first day")
    void coversFirstDay() {
        assertThat(FOURTEENTH.covers(date("2023-01-01"))).isTrue();
    }

    @Test
    @DisplayName("a term covers its last day")
    void coversLastDay() {
        assertThat(FOURTEENTH.covers(date("2027-12-31"))).isTrue();
    }

    @Test
    @DisplayName("a term covers the days in between")
    void coversMiddle() {
        assertThat(FOURTEENTH.covers(date("2025-06-15"))).isTrue();
    }

    @Test
    @DisplayName("a term does not cover the day before it starts")
    void doesNotCoverDayBefore() {
        assertThat(FOURTEENTH.covers(date("2022-12-31"))).isFalse();
    }

    @Test
    @DisplayName("a term does not cover the day after it ends")
    void doesNotCoverDayAfter() {
        assertThat(FOURTEENTH.covers(date("2028-01-01"))).isFalse();
    }

    @Test
    @DisplayName("terms sharing a single day overlap")
    void sharingOneDayOverlaps() {
        Term next = term(15, "2027-12-31", "2032-12-31");

        assertThat(FOURTEENTH.overlaps(next)).isTrue();
        assertThat(next.overlaps(FOURTEENTH)).isTrue();
    }

    @Test
    @DisplayName("a term overlaps a term lying inside it")
    void containedOverlaps() {
        assertThat(FOURTEENTH.overlaps(term(99, "2024-01-01", "2024-12-31"))).isTrue();
    }

    @Test
    @DisplayName("a term starting the day after another ends does not overlap it")
    void adjacentDoesNotOverlap() {
        Term next = term(15, "2028-01-01", "2032-12-31");

        assertThat(FOURTEENTH.overlaps(next)).isFalse();
        assertThat(next.overlaps(FOURTEENTH)).isFalse();
    }

    static Term term(int number, String startsOn, String endsOn) {
        return new Term(TermId.random(), number, date(startsOn), date(endsOn));
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
