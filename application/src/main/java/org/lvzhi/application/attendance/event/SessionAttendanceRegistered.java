package org.lvzhi.application.attendance.event;

import org.lvzhi.application.event.Event;
import org.lvzhi.domain.attendance.MeetingId;
import org.lvzhi.domain.attendance.SessionId;

/** Staff registered who attended one meeting of a session. */
public record SessionAttendanceRegistered(SessionId sessionId, MeetingId meetingId, int attendees) implements Event {

    @Override
    public String code() {
        return "session.attendance-registered";
    }
}
