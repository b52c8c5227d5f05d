package org.lvzhi.domain.compliance;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.policy.Window;
import org.lvzhi.domain.policy.WindowType;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/**
 * A policy {@link Window} with its period parsed once, ready to say which dates it covers for a term on a date:
 * CALENDAR_YEAR is the calendar year of the date, clipped to the term; TERM is the whole term; ROLLING with
 * period P is (date − P, date], i.e. from date − P + 1 day to the date, clipped to the term's start.
 * A date outside the term is first moved to the term's nearest end, so a window always lies in the term.
 */
public record CountingWindow(WindowType type, Optional<Period> period) {

    private static final Messages MESSAGES = Messages.of(CountingWindow.class);

    public CountingWindow {
        Checks.required("type", type);
        Checks.required("period", period);
        if (type == WindowType.ROLLING && period.isEmpty()) {
            throw MESSAGES.violation("period", "window.period", "");
        }
    }

    public static CountingWindow of(Window window) {
        return new CountingWindow(window.type(), window.period().map(CountingWindow::parse));
    }

    public DateRange over(Term term, LocalDate on) {
        DateRange whole = DateRange.of(term);
        LocalDate date = on.isBefore(term.startsOn()) ? term.startsOn() : on.isAfter(term.endsOn()) ? term.endsOn() : on;
        return switch (type) {
            case TERM -> whole;
            case CALENDAR_YEAR -> DateRange.year(date.getYear()).intersect(whole).orElseThrow();
            case ROLLING -> {
                LocalDate start = date.minus(period.orElseThrow()).plusDays(1);
                yield new DateRange(start.isBefore(term.startsOn()) ? term.startsOn() : start, date);
            }
        };
    }

    private static Period parse(String iso) {
        try {
            return Period.parse(iso);
        } catch (DateTimeParseException notAPeriod) {
            throw MESSAGES.violation("period", "window.period", iso);
        }
    }
}
