package org.lvzhi.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermCalendar;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.policy.CalendarDuty;

class DutyScheduleTest {

    private static final TermCalendar TERMS = new TermCalendar(List.of(new Term(new TermId(java.util.UUID.randomUUID()), 17,
            LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31))));

    private static CalendarDuty duty(String every, String due, Integer times, List<String> reminders) {
        return new CalendarDuty("ANNUAL_DUTY_REPORT", every, Optional.ofNullable(due), Optional.ofNullable(times), "EACH_DEPUTY",
                Optional.empty(), Optional.empty(), reminders);
    }

    @Test
    @DisplayName("QH-11.6: the written report is due each 30 November, reminded 30 and 7 days before")
    void yearlyWithReminders() {
        DutySchedule schedule = DutySchedule.of(duty("YEAR", "--11-30", null, List.of("P30D", "P7D"))).orElseThrow();

        DutyDate first = schedule.firstOnOrAfter(LocalDate.of(2026, 10, 1), TERMS).orElseThrow();
        DutyDate second = schedule.after(first, TERMS).orElseThrow();
        DutyDate third = schedule.after(second, TERMS).orElseThrow();

        assertThat(first).isEqualTo(new DutyDate(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 30), DutyDate.Kind.REMINDER, 1, 1));
        assertThat(second.fireOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(third).isEqualTo(new DutyDate(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30), DutyDate.Kind.DUE, 1, 1));
        assertThat(schedule.after(third, TERMS).orElseThrow().fireOn()).isEqualTo(LocalDate.of(2027, 10, 31));
    }

    @Test
    @DisplayName("DC-10.6: seven receptions a year are seven checkpoints, the sixth at the end of November")
    void timesPerYearAreSpread() {
        DutySchedule schedule = DutySchedule.of(duty("YEAR", null, 7, List.of())).orElseThrow();

        List<LocalDate> days = new java.util.ArrayList<>();
        DutyDate date = schedule.firstOnOrAfter(LocalDate.of(2026, 1, 1), TERMS).orElseThrow();
        while (date.dueOn().getYear() == 2026) {
            days.add(date.dueOn());
            date = schedule.after(date, TERMS).orElseThrow();
        }

        assertThat(days).containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 7, 31), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31));
    }

    @Test
    @DisplayName("once a term is due on the term's last day; after it, with no next term yet, nothing is scheduled")
    void perTerm() {
        DutySchedule schedule = DutySchedule.of(duty("TERM", null, 1, List.of("P6M"))).orElseThrow();

        DutyDate reminder = schedule.firstOnOrAfter(LocalDate.of(2026, 1, 1), TERMS).orElseThrow();
        DutyDate due = schedule.after(reminder, TERMS).orElseThrow();

        assertThat(reminder.fireOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(schedule.after(due, TERMS)).isEmpty();
    }

    @Test
    @DisplayName("QH-10.2's handbook at every session has no calendar day: it is not scheduled")
    void sessionDutiesAreNotCalendarDuties() {
        assertThat(DutySchedule.of(duty("SESSION", null, null, List.of()))).isEmpty();
    }

    @Test
    @DisplayName("a day the profile no longer brings is recognised as such")
    void bringsOnlyItsOwnDays() {
        DutySchedule schedule = DutySchedule.of(duty("YEAR", "--12-31", null, List.of())).orElseThrow();

        assertThat(schedule.brings(new DutyDate(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31), DutyDate.Kind.DUE, 1, 1), TERMS)).isTrue();
        assertThat(schedule.brings(new DutyDate(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30), DutyDate.Kind.DUE, 1, 1), TERMS)).isFalse();
    }
}
