package org.lvzhi.application.attendance.event;

import org.lvzhi.application.event.Event;
import org.lvzhi.domain.attendance.SessionId;

/** A session was closed: its absences and attendance duty records were filed. */
public record SessionClosed(SessionId sessionId, String title, int absences) implements Event {

    @Override
    public String code() {
        return "session.closed";
    }
}
