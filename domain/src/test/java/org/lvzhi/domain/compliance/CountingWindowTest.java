package org.lvzhi.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.policy.ProfileFixtures.calendarYear;
import static org.lvzhi.domain.policy.ProfileFixtures.date;
import static org.lvzhi.domain.policy.ProfileFixtures.rolling;
import static org.lvzhi.domain.policy.ProfileFixtures.term;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;

class CountingWindowTest {

    private static final Term TERM = new Term(TermId.random(), 14, date("2023-03-01"), date("2028-02-29"));

    private static DateRange range(String from, String to) {
        return new DateRange(date(from), date(to));
    }

    @Test
    @DisplayName("a calendar-year window is the year of the date")
    void calendarYearOfTheDate() {
        assertThat(CountingWindow.of(calendarYear()).over(TERM, date("2026-07-15"))).isEqualTo(range("2026-01-01", "2026-12-31"));
    }

    @Test
    @DisplayName("a calendar-year window is clipped to the term at both ends")
    void calendarYearClipped() {
        assertThat(CountingWindow.of(calendarYear()).over(TERM, date("2023-06-01"))).isEqualTo(range("2023-03-01", "2023-12-31"));
        assertThat(CountingWindow.of(calendarYear()).over(TERM, date("2028-01-10"))).isEqualTo(range("2028-01-01", "2028-02-29"));
    }

    @Test
    @DisplayName("a term window is the term's dates whatever the date")
    void termWindow() {
        assertThat(CountingWindow.of(term()).over(TERM, date("2024-05-05"))).isEqualTo(range("2023-03-01", "2028-02-29"));
    }

    @Test
    @DisplayName("a rolling year is the year ending on the date: from the day after the same date a year before")
    void rollingYear() {
        assertThat(CountingWindow.of(rolling("P1Y")).over(TERM, date("2026-03-15"))).isEqualTo(range("2025-03-16", "2026-03-15"));
    }

    @Test
    @DisplayName("a rolling window does not reach back before the term's start")
    void rollingClippedToTermStart() {
        assertThat(CountingWindow.of(rolling("P1Y")).over(TERM, date("2023-06-01"))).isEqualTo(range("2023-03-01", "2023-06-01"));
    }

    @Test
    @DisplayName("a date after the term is judged at the term's last day, so the window stays within the term")
    void dateAfterTerm() {
        assertThat(CountingWindow.of(calendarYear()).over(TERM, date("2029-06-01"))).isEqualTo(range("2028-01-01", "2028-02-29"));
    }

    @Test
    @DisplayName("a rolling period that is not an ISO-8601 period is refused")
    void badPeriodRefused() {
        assertThat(violationOf(() -> CountingWindow.of(rolling("one year"))).field()).isEqualTo("period");
    }
}
