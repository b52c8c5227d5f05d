package org.lvzhi.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.deadline.DeadlineAction;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.deadline.DeadlineId;
import org.lvzhi.domain.deadline.DeadlineSubject;
import org.lvzhi.domain.policy.CalendarDuty;

class DutyDeadlineTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 30);

    private static CalendarDuty duty(List<String> reminders) {
        return new CalendarDuty("ANNUAL_DUTY_REPORT", "YEAR", Optional.of("--11-30"), Optional.empty(), "EACH_DEPUTY",
                Optional.empty(), Optional.of("ELECTING_UNIT"), reminders);
    }

    @Test
    @DisplayName("QH-11.6 (reminders P30D, P7D): the clocks start on 31 October, not on the later reminder nor the due day")
    void startsOnTheFirstReminder() {
        CalendarDuty qh = duty(List.of("P30D", "P7D"));

        assertThat(DutyDeadline.startsOn(qh, new DutyDate(LocalDate.of(2026, 10, 31), DUE, DutyDate.Kind.REMINDER, 1, 1))).isTrue();
        assertThat(DutyDeadline.startsOn(qh, new DutyDate(LocalDate.of(2026, 11, 23), DUE, DutyDate.Kind.REMINDER, 1, 1))).isFalse();
        assertThat(DutyDeadline.startsOn(qh, new DutyDate(DUE, DUE, DutyDate.Kind.DUE, 1, 1))).isFalse();
        assertThat(DutyDeadline.startsOn(duty(List.of()), new DutyDate(DUE, DUE, DutyDate.Kind.DUE, 1, 1))).as("no reminders").isTrue();
    }

    @Test
    @DisplayName("a clock due on a given day reminds at its offsets and escalates once the day after")
    void givenDueDate() {
        DeadlineClock clock = DeadlineClock.due(DeadlineId.random(), "QH-11.6", "第十一条第（六）项", DutyDeadline.EVENT,
                new DeadlineSubject("DUTY_REPORT", "d-1/2026", "述职报告", Optional.empty()), "述职报告", Optional.empty(),
                LocalDate.of(2026, 10, 31), DUE, List.of(Period.ofDays(30), Period.ofDays(7)));

        assertThat(clock.reminders()).containsExactly(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 23));
        assertThat(clock.nextActionOn()).contains(LocalDate.of(2026, 10, 31));
        var overdue = clock.poll(LocalDate.of(2026, 12, 1));
        assertThat(overdue.actions()).containsExactly(DeadlineAction.OVERDUE);
        assertThat(overdue.clock().poll(LocalDate.of(2026, 12, 2)).actions()).isEmpty();
        assertThat(DutyDeadline.subjectId("d-1", new DutyDate(DUE, DUE, DutyDate.Kind.DUE, 1, 1))).isEqualTo(DutyDeadline.reportSubjectId("d-1", 2026));
    }
}
