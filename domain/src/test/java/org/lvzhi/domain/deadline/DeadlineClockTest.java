package org.lvzhi.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.policy.RestDayRule;

class DeadlineClockTest {

    private static final DeadlineTerms QH_3_5 = new DeadlineTerms("QH-3.5", "第三条第（五）项", "SUGGESTION_ASSIGNED", Direction.AFTER,
            Period.ofMonths(3), Optional.empty(), List.of(Period.ofDays(14), Period.ofDays(3)), RestDayRule.NEXT_WORKING_DAY,
            "承办单位答复", Optional.of("HANDLING_UNIT_HEAD"), Optional.of("LIAISON_OFFICE"));
    private static final DeadlineSubject SUGGESTION = new DeadlineSubject("SUGGESTION", "s-1", "关于公交线路的建议", Optional.empty());

    private static DeadlineClock started() {
        return DeadlineClock.start(DeadlineId.random(), QH_3_5, SUGGESTION, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 31),
                CivilCodePeriodTest.CALENDAR_2026);
    }

    @Test
    @DisplayName("a suggestion assigned on 31 January is due 30 April, reminded 14 and 3 days before")
    void dueAndReminders() {
        var clock = started();

        assertThat(clock.dueOn()).isEqualTo("2026-04-30");
        assertThat(clock.reminders()).containsExactly(LocalDate.of(2026, 4, 16), LocalDate.of(2026, 4, 27));
        assertThat(clock.nextActionOn()).contains(LocalDate.of(2026, 4, 16));
    }

    @Test
    @DisplayName("each reminder is sent once, then the next one waits; overdue escalates once and never again")
    void eachActionOnce() {
        var clock = started();

        var first = clock.poll(LocalDate.of(2026, 4, 16));
        assertThat(first.actions()).containsExactly(DeadlineAction.REMINDER);
        assertThat(first.clock().poll(LocalDate.of(2026, 4, 16)).actions()).isEmpty();
        assertThat(first.clock().nextActionOn()).contains(LocalDate.of(2026, 4, 27));

        var second = first.clock().poll(LocalDate.of(2026, 4, 27));
        assertThat(second.actions()).containsExactly(DeadlineAction.REMINDER);
        assertThat(second.clock().nextActionOn()).contains(LocalDate.of(2026, 5, 1));

        var overdue = second.clock().poll(LocalDate.of(2026, 5, 1));
        assertThat(overdue.actions()).containsExactly(DeadlineAction.OVERDUE);
        assertThat(overdue.clock().escalatedOn()).contains(LocalDate.of(2026, 5, 1));
        assertThat(overdue.clock().nextActionOn()).isEmpty();
        assertThat(overdue.clock().poll(LocalDate.of(2026, 5, 2)).actions()).isEmpty();
    }

    @Test
    @DisplayName("a poller that missed both reminder days sends one reminder, not two")
    void missedRemindersCollapse() {
        var polled = started().poll(LocalDate.of(2026, 4, 28));

        assertThat(polled.actions()).containsExactly(DeadlineAction.REMINDER);
        assertThat(polled.clock().nextReminderOn()).isEmpty();
        assertThat(polled.clock().nextActionOn()).contains(LocalDate.of(2026, 5, 1));
    }

    @Test
    @DisplayName("a complex matter runs six months and asks for the progress explanation at three")
    void complexProgressReport() {
        var terms = new DeadlineTerms("BL-13", "第十三条", "SUGGESTION_ASSIGNED", Direction.AFTER, Period.ofMonths(6),
                Optional.of(Period.ofMonths(3)), List.of(Period.ofDays(14)), RestDayRule.NONE, "答复", Optional.empty(), Optional.empty());
        var clock = DeadlineClock.start(DeadlineId.random(), terms, SUGGESTION, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 31),
                CivilCodePeriodTest.CALENDAR_2026);

        assertThat(clock.dueOn()).isEqualTo("2026-07-31");
        assertThat(clock.nextActionOn()).contains(LocalDate.of(2026, 4, 30));
        var polled = clock.poll(LocalDate.of(2026, 4, 30));
        assertThat(polled.actions()).containsExactly(DeadlineAction.PROGRESS_REPORT);
        assertThat(polled.clock().nextActionOn()).contains(LocalDate.of(2026, 7, 17));
    }

    @Test
    @DisplayName("a met clock asks for nothing")
    void metAsksNothing() {
        var met = started().met(LocalDate.of(2026, 3, 1));

        assertThat(met.nextActionOn()).isEmpty();
        assertThat(met.poll(LocalDate.of(2026, 6, 1)).actions()).isEmpty();
    }
}
