package org.lvzhi.application.congress.event;

import java.time.LocalDate;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.congress.TermId;

/** A term of the congress was opened, with its number and dates. */
public record TermOpened(TermId termId, int number, LocalDate startsOn, LocalDate endsOn) implements Event {

    @Override
    public String code() {
        return "term.opened";
    }
}
