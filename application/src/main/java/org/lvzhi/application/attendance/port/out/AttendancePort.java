package org.lvzhi.application.attendance.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.lvzhi.domain.attendance.MeetingId;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.deputy.DeputyId;

/** Who attended each meeting of the acting congress's sessions. */
public interface AttendancePort {

    /** Replaces the meeting's list of attendees. */
    void replace(MeetingId meeting, Set<DeputyId> attendees, String registeredBy, Instant at);

    /** The attendees of each meeting of the session that has any registered. */
    Map<MeetingId, Set<DeputyId>> attendees(SessionId session);
}
