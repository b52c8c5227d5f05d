package org.lvzhi.domain.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermCalendar;
import org.lvzhi.domain.policy.CalendarDuty;

/**
 * The days a calendar duty of a profile brings, where the calendar alone decides them:
 * <ul>
 * <li>{@code every: YEAR, due: --MM-DD}: that day each year (QH-11.6: 30 November);</li>
 * <li>{@code every: YEAR, times: N} without a day: N checkpoints spread over the year, the k-th at the end of
 * month ⌈12k/N⌉ (DC-10.6, 7 receptions: end of February, April, June, July, September, November,
 * December); once a year without a day is due at the year's end;</li>
 * <li>{@code every: TERM}: the term's last day, or {@code due: P6M} before it; N times per term spread like
 * the year's;</li>
 * </ul>
 * each with its reminders ({@code P30D} before the due day). {@code every: SESSION} depends on when sessions
 * are held, not on the calendar: it has no schedule here.
 */
public final class DutySchedule {

    private static final int YEARS_AROUND = 2;

    private final CalendarDuty duty;

    private DutySchedule(CalendarDuty duty) {
        this.duty = duty;
    }

    /** The schedule of a duty whose days the calendar decides; empty for a duty held at sessions or unreadable. */
    public static Optional<DutySchedule> of(CalendarDuty duty) {
        try {
            boolean computable = switch (duty.every()) {
                case "YEAR" -> duty.due().map(MonthDay::parse).isPresent() || duty.due().isEmpty();
                case "TERM" -> duty.due().map(Period::parse).isPresent() || duty.due().isEmpty();
                default -> false;
            };
            duty.reminders().forEach(Period::parse);
            return computable ? Optional.of(new DutySchedule(duty)) : Optional.empty();
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    public CalendarDuty duty() {
        return duty;
    }

    /** The first day on or after {@code day}: the one a trigger waits for. */
    public Optional<DutyDate> firstOnOrAfter(LocalDate day, TermCalendar terms) {
        return datesAround(day, terms).stream().filter(d -> !d.fireOn().isBefore(day)).findFirst();
    }

    /** The day that follows one that came: the trigger's next. */
    public Optional<DutyDate> after(DutyDate came, TermCalendar terms) {
        return datesAround(came.fireOn(), terms).stream().filter(d -> d.compareTo(came) > 0).findFirst();
    }

    /** Whether the duty, as the profile now has it, brings this day. */
    public boolean brings(DutyDate date, TermCalendar terms) {
        return datesAround(date.fireOn(), terms).contains(date);
    }

    private TreeSet<DutyDate> datesAround(LocalDate day, TermCalendar terms) {
        List<DutyDate> dues = switch (duty.every()) {
            case "YEAR" -> yearly(day);
            case "TERM" -> perTerm(terms);
            default -> List.of();
        };
        TreeSet<DutyDate> dates = new TreeSet<>();
        for (DutyDate due : dues) {
            dates.add(due);
            for (String reminder : duty.reminders()) {
                LocalDate on = due.dueOn().minus(Period.parse(reminder));
                if (on.isBefore(due.dueOn())) {
                    dates.add(due.reminder(on));
                }
            }
        }
        return dates;
    }

    private List<DutyDate> yearly(LocalDate day) {
        List<DutyDate> dues = new ArrayList<>();
        for (int year = day.getYear() - YEARS_AROUND; year <= day.getYear() + YEARS_AROUND; year++) {
            if (duty.due().isPresent()) {
                dues.add(DutyDate.due(MonthDay.parse(duty.due().get()).atYear(year), 1, 1));
            } else {
                dues.addAll(spread(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), rounds()));
            }
        }
        return dues;
    }

    private List<DutyDate> perTerm(TermCalendar terms) {
        List<DutyDate> dues = new ArrayList<>();
        for (Term term : terms.terms()) {
            LocalDate last = duty.due().map(before -> term.endsOn().minus(Period.parse(before))).orElse(term.endsOn());
            if (last.isAfter(term.startsOn())) {
                dues.addAll(spread(term.startsOn(), last, rounds()));
            }
        }
        return dues;
    }

    private int rounds() {
        return Math.max(1, duty.times().orElse(1));
    }

    /** N checkpoints from {@code start} to {@code last}: the k-th at the end of month ⌈months·k/N⌉, the last on {@code last}. */
    static List<DutyDate> spread(LocalDate start, LocalDate last, int rounds) {
        long months = Math.max(1, Period.between(start, last.plusDays(1)).toTotalMonths());
        List<DutyDate> dues = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            long month = Math.ceilDiv(months * round, rounds);
            LocalDate due = round == rounds ? last : YearMonth.from(start).plusMonths(month - 1).atEndOfMonth();
            dues.add(DutyDate.due(due.isAfter(last) ? last : due, round, rounds));
        }
        return dues;
    }
}
