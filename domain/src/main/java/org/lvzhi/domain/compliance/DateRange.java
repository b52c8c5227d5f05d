package org.lvzhi.domain.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/** A span of legal dates, both ends inclusive: a counting window, a calendar year, a term. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Checks.required("from", from);
        Checks.required("to", to);
        if (to.isBefore(from)) {
            throw Messages.of(DateRange.class).violation("to", "range.ends-before-start", from, to);
        }
    }

    public static DateRange of(Term term) {
        return new DateRange(term.startsOn(), term.endsOn());
    }

    public static DateRange year(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The days both ranges share, or empty when they do not meet. */
    public Optional<DateRange> intersect(DateRange other) {
        LocalDate start = from.isAfter(other.from) ? from : other.from;
        LocalDate end = to.isBefore(other.to) ? to : other.to;
        return end.isBefore(start) ? Optional.empty() : Optional.of(new DateRange(start, end));
    }

    @Override
    public String toString() {
        return from + "~" + to;
    }
}
