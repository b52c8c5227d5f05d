package org.lvzhi.application.attendance.port.in;

import java.util.List;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.attendance.MeetingId;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.deputy.DeputyId;

/** Sessions of the congress, their meetings' attendance and their closing (QH-4.2.3, QH-10.1). */
public interface SessionUseCases {

    Session open(ActingCaller caller, OpenSessionCommand command);

    Page<Session> list(ActingCaller caller, PageRequest page);

    Session find(ActingCaller caller, SessionId id);

    /** Registers who attended the meeting; registering again replaces the list. */
    AttendanceSheet registerAttendance(ActingCaller caller, SessionId session, MeetingId meeting, List<DeputyId> attendees);

    /**
     * Closes the session: every active deputy of the term gets an absence for each meeting not attended (and for the
     * session when none was), approved where approved leave covers it, and each deputy who attended gets one
     * session-attendance record. Where the profile's leave chains name a circulator, the session's leave and absences
     * are circulated (DC-3.1.2). Closing again adds nothing.
     */
    AttendanceSheet close(ActingCaller caller, SessionId session);

    /** The closed session's circulation of leave and absences; not found when the session has none. */
    CirculationSheet circulation(ActingCaller caller, SessionId session);

    AttendanceSheet sheet(ActingCaller caller, SessionId session);
}
