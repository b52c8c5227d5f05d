package org.lvzhi.application.attendance.event;

import org.lvzhi.application.event.Event;
import org.lvzhi.domain.attendance.SessionId;

/**
 * A closing session's leave (and, where the rules say so, its absences) was circulated by the office the rules name:
 * {@code what} says which, {@code summary} how many, both in Chinese.
 */
public record SessionLeaveCirculated(SessionId sessionId, String session, String circulatedBy, String rules, String what,
                                     String summary) implements Event {

    @Override
    public String code() {
        return "session.leave-circulated";
    }
}
