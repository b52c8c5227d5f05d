package org.lvzhi.application.attendance.event;

import java.time.LocalDate;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.congress.TermId;

/** A session of the congress was planned with its meetings. */
public record SessionOpened(SessionId sessionId, TermId termId, int number, String title, LocalDate opensOn,
        LocalDate closesOn) implements Event {

    @Override
    public String code() {
        return "session.opened";
    }
}
