package org.lvzhi.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.policy.RestDayRule;

class CivilCodePeriodTest {

    /** The State Council's 2026 National Day arrangement: 1–7 October off, Sunday 20 September and Saturday 10 October worked. */
    static final HolidayCalendar CALENDAR_2026 = new HolidayCalendar(List.of(new HolidayYear(2026,
            LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 8)).map(d -> new CalendarDay(d, "国庆节")).toList(),
            List.of(new CalendarDay(LocalDate.of(2026, 9, 20), "国庆节调休上班"), new CalendarDay(LocalDate.of(2026, 10, 10), "国庆节调休上班")))));

    private static LocalDate after(String event, String period, RestDayRule rule) {
        return CivilCodePeriod.end(LocalDate.parse(event), Period.parse(period), Direction.AFTER, rule, CALENDAR_2026);
    }

    @Test
    @DisplayName("three months from 31 January end on 30 April, the last day of the month without a 31st")
    void monthWithoutTheCorrespondingDay() {
        assertThat(after("2026-01-31", "P3M", RestDayRule.NONE)).isEqualTo("2026-04-30");
        assertThat(after("2026-01-31", "P1M", RestDayRule.NONE)).isEqualTo("2026-02-28");
    }

    @Test
    @DisplayName("days count from the day after the event: ten days from 1 March end on 11 March")
    void daysFromTheNextDay() {
        assertThat(after("2026-03-01", "P10D", RestDayRule.NONE)).isEqualTo("2026-03-11");
    }

    @Test
    @DisplayName("a period ending on a Saturday ends on the Monday after (art. 203)")
    void saturdayMovesToMonday() {
        assertThat(LocalDate.parse("2026-03-14").getDayOfWeek().name()).isEqualTo("SATURDAY");
        assertThat(after("2026-03-04", "P10D", RestDayRule.NEXT_WORKING_DAY)).isEqualTo("2026-03-16");
    }

    @Test
    @DisplayName("a period ending in the National Day holiday ends on the first working day after it, the adjusted Saturday 10 October")
    void nationalDayMovesToTheFirstWorkingDayAfter() {
        assertThat(after("2026-07-03", "P3M", RestDayRule.NEXT_WORKING_DAY)).isEqualTo("2026-10-08");
        assertThat(after("2026-07-04", "P3M", RestDayRule.NEXT_WORKING_DAY)).isEqualTo("2026-10-08");
    }

    @Test
    @DisplayName("an adjusted working Saturday (调休上班) is a working day: the period ends on it")
    void adjustedWorkingSaturdayStays() {
        assertThat(LocalDate.parse("2026-10-10").getDayOfWeek().name()).isEqualTo("SATURDAY");
        assertThat(after("2026-09-30", "P10D", RestDayRule.NEXT_WORKING_DAY)).isEqualTo("2026-10-10");
    }

    @Test
    @DisplayName("with the rest-day rule NONE the calendar date stands, even on a holiday")
    void noneKeepsTheCalendarDate() {
        assertThat(after("2026-07-04", "P3M", RestDayRule.NONE)).isEqualTo("2026-10-04");
    }

    @Test
    @DisplayName("a notice five days before an activity on the 10th is due on the 5th; on a rest day it moves earlier, never later")
    void beforeTheEvent() {
        assertThat(CivilCodePeriod.end(LocalDate.parse("2026-03-10"), Period.ofDays(5), Direction.BEFORE, RestDayRule.NONE, CALENDAR_2026))
                .isEqualTo("2026-03-05");
        assertThat(CivilCodePeriod.end(LocalDate.parse("2026-03-13"), Period.ofDays(5), Direction.BEFORE, RestDayRule.NEXT_WORKING_DAY,
                CALENDAR_2026)).isEqualTo("2026-03-06");
    }
}
