package org.lvzhi.domain.congress;

import java.time.LocalDate;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/** A term (届) of a congress: its number and the dates it runs, both inclusive. */
public record Term(TermId id, int number, LocalDate startsOn, LocalDate endsOn) {

    public Term {
        Checks.required("id", id);
        Checks.required("startsOn", startsOn);
        Checks.required("endsOn", endsOn);
        Messages messages = Messages.of(Term.class);
        if (number < 1) {
            throw messages.violation("number", "term.number");
        }
        if (!endsOn.isAfter(startsOn)) {
            throw messages.violation("endsOn", "term.ends-before-start");
        }
    }

    public boolean overlaps(Term other) {
        return !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }
}
