package org.lvzhi.domain.deadline;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.lvzhi.domain.shared.Checks;

/**
 * One statutory clock: a rule's period running for a subject from an event, due on a date counted by the Civil Code,
 * with the reminders still to send, the progress explanation of a complex matter, and the escalation that happens
 * once when it is overdue. {@link #nextActionOn()} is the first day it wants attention; the poller reads only those.
 */
public record DeadlineClock(
        DeadlineId id,
        String rule,
        String article,
        String event,
        DeadlineSubject subject,
        String what,
        Optional<String> responsible,
        Optional<String> escalateTo,
        LocalDate eventOn,
        LocalDate startedOn,
        LocalDate dueOn,
        List<LocalDate> reminders,
        Optional<LocalDate> nextReminderOn,
        Optional<LocalDate> progressReportOn,
        Optional<LocalDate> progressRemindedOn,
        Optional<LocalDate> escalatedOn,
        DeadlineState state,
        Optional<LocalDate> metOn) {

    public DeadlineClock {
        Checks.required("id", id);
        Checks.required("subject", subject);
        Checks.required("dueOn", dueOn);
        reminders = Stream.of(reminders.toArray(LocalDate[]::new)).sorted().toList();
    }

    /** Starts a clock on {@code today} for an event on {@code eventOn} (for BEFORE rules, the date of the event itself). */
    public static DeadlineClock start(DeadlineId id, DeadlineTerms terms, DeadlineSubject subject, LocalDate eventOn,
            LocalDate today, HolidayCalendar calendar) {
        LocalDate due = CivilCodePeriod.end(eventOn, terms.period(), terms.direction(), terms.restDays(), calendar);
        List<LocalDate> reminders = terms.reminders().stream().map(due::minus).distinct().sorted().toList();
        Optional<LocalDate> progress = terms.progressReportAfter()
                .map(after -> CivilCodePeriod.end(eventOn, after, Direction.AFTER, terms.restDays(), calendar));
        return new DeadlineClock(id, terms.rule(), terms.article(), terms.event(), subject, terms.what(),
                terms.responsible(), terms.escalateTo(), eventOn, today, due, reminders,
                firstReminderFrom(reminders, today, due), progress, Optional.empty(), Optional.empty(),
                DeadlineState.OPEN, Optional.empty());
    }

    /**
     * Starts a clock on {@code today} whose due date is given rather than counted (a calendar duty's day, QH-11.6's
     * 30 November): reminders at the offsets before it, escalated once when overdue, like any other.
     */
    public static DeadlineClock due(DeadlineId id, String rule, String article, String event, DeadlineSubject subject,
            String what, Optional<String> responsible, LocalDate today, LocalDate dueOn, List<Period> reminders) {
        List<LocalDate> days = reminders.stream().map(dueOn::minus).filter(on -> on.isBefore(dueOn)).distinct().sorted().toList();
        return new DeadlineClock(id, rule, article, event, subject, what, responsible, Optional.empty(), today, today, dueOn,
                days, firstReminderFrom(days, today, dueOn), Optional.empty(), Optional.empty(), Optional.empty(),
                DeadlineState.OPEN, Optional.empty());
    }

    /** The first day this clock wants attention: the next reminder, the progress explanation, or the day after it is due. */
    public Optional<LocalDate> nextActionOn() {
        if (state == DeadlineState.MET) {
            return Optional.empty();
        }
        List<LocalDate> candidates = new ArrayList<>();
        nextReminderOn.ifPresent(candidates::add);
        progressReportOn.filter(on -> progressRemindedOn.isEmpty()).ifPresent(candidates::add);
        if (escalatedOn.isEmpty()) {
            candidates.add(dueOn.plusDays(1));
        }
        return candidates.stream().min(LocalDate::compareTo);
    }

    public boolean overdueOn(LocalDate day) {
        return state == DeadlineState.OPEN && day.isAfter(dueOn);
    }

    /** What is due on {@code today}, and the clock after it was done: each action happens once, whoever polls. */
    public Polled poll(LocalDate today) {
        if (state == DeadlineState.MET) {
            return new Polled(List.of(), this);
        }
        List<DeadlineAction> actions = new ArrayList<>();
        DeadlineClock next = this;
        if (overdueOn(today)) {
            if (escalatedOn.isEmpty()) {
                actions.add(DeadlineAction.OVERDUE);
            }
            next = next.with(Optional.empty(), next.progressRemindedOn.or(() -> progressReportOn.map(on -> today)),
                    next.escalatedOn.or(() -> Optional.of(today)));
            return new Polled(actions, next);
        }
        if (progressReportOn.filter(on -> !on.isAfter(today)).isPresent() && progressRemindedOn.isEmpty()) {
            actions.add(DeadlineAction.PROGRESS_REPORT);
            next = next.with(next.nextReminderOn, Optional.of(today), next.escalatedOn);
        }
        if (nextReminderOn.filter(on -> !on.isAfter(today)).isPresent()) {
            actions.add(DeadlineAction.REMINDER);
            next = next.with(firstReminderFrom(reminders, today.plusDays(1), dueOn), next.progressRemindedOn, next.escalatedOn);
        }
        return new Polled(actions, next);
    }

    /** The clock stopped by its event on {@code on}. */
    public DeadlineClock met(LocalDate on) {
        return new DeadlineClock(id, rule, article, event, subject, what, responsible, escalateTo, eventOn, startedOn, dueOn,
                reminders, Optional.empty(), progressReportOn, progressRemindedOn, escalatedOn, DeadlineState.MET, Optional.of(on));
    }

    private DeadlineClock with(Optional<LocalDate> nextReminder, Optional<LocalDate> progressReminded, Optional<LocalDate> escalated) {
        return new DeadlineClock(id, rule, article, event, subject, what, responsible, escalateTo, eventOn, startedOn, dueOn,
                reminders, nextReminder, progressReportOn, progressReminded, escalated, state, metOn);
    }

    private static Optional<LocalDate> firstReminderFrom(List<LocalDate> reminders, LocalDate from, LocalDate due) {
        return reminders.stream().filter(on -> !on.isBefore(from) && !on.isAfter(due)).findFirst();
    }

    /** The actions due on a day (in the order to send them) and the clock after them. */
    public record Polled(List<DeadlineAction> actions, DeadlineClock clock) {

        public Polled {
            actions = List.copyOf(actions);
        }
    }
}
