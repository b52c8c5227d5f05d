package org.lvzhi.domain.congress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.lvzhi.domain.shared.Messages;

/** The terms of one congress, which never overlap and never share a number. */
public record TermCalendar(List<Term> terms) {

    public TermCalendar {
        terms = terms.stream().sorted(Comparator.comparing(Term::startsOn)).toList();
    }

    public TermCalendar add(Term term) {
        Messages messages = Messages.of(TermCalendar.class);
        for (Term existing : terms) {
            if (existing.number() == term.number()) {
                throw messages.violation("number", "term.number-taken", term.number());
            }
            if (existing.overlaps(term)) {
                throw messages.violation("startsOn", "term.overlap", existing.number(), existing.startsOn(), existing.endsOn());
            }
        }
        return new TermCalendar(Stream.concat(terms.stream(), Stream.of(term)).toList());
    }

    public Optional<Term> termOn(LocalDate date) {
        return terms.stream().filter(t -> t.covers(date)).findFirst();
    }
}
