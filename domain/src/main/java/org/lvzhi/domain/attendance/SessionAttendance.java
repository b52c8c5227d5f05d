package org.lvzhi.domain.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.AbsenceId;

/**
 * Who attended which meeting of a session, read against the approved leave: each deputy at each meeting was
 * present, on approved leave or absent without approval (QH-4.2.3: 未经批准不到会的，一律按缺席对待). A
 * deputy who attended no meeting missed the session itself, which the termination rules count (QH-11.3, DC-9.1);
 * a missed single meeting is recorded and circulated.
 */
public record SessionAttendance(
        Session session, List<DeputyId> deputies, Map<MeetingId, Set<DeputyId>> attended, List<LeaveRequest> leaves) {

    public SessionAttendance {
        deputies = List.copyOf(deputies);
        attended = Map.copyOf(attended);
        leaves = leaves.stream().filter(LeaveRequest::approved).toList();
    }

    public AttendanceStatus status(DeputyId deputy, SessionMeeting meeting) {
        if (attended.getOrDefault(meeting.id(), Set.of()).contains(deputy)) {
            return AttendanceStatus.ATTENDED;
        }
        return onLeave(deputy, meeting) ? AttendanceStatus.ON_LEAVE : AttendanceStatus.ABSENT;
    }

    /** The deputies who attended at least one meeting: each gets one session-attendance record. */
    public List<DeputyId> attendedAny() {
        return deputies.stream().filter(d -> session.meetings().stream().anyMatch(m -> status(d, m) == AttendanceStatus.ATTENDED)).toList();
    }

    /**
     * The absences the session leaves behind: one per meeting a deputy did not attend, and one for the session
     * for a deputy who attended none — approved when approved leave covers it.
     */
    public List<Absence> absences() {
        List<Absence> absences = new ArrayList<>();
        for (DeputyId deputy : deputies) {
            boolean attendedAny = false;
            boolean allCovered = true;
            for (SessionMeeting meeting : session.meetings()) {
                AttendanceStatus status = status(deputy, meeting);
                attendedAny |= status == AttendanceStatus.ATTENDED;
                allCovered &= status == AttendanceStatus.ON_LEAVE;
                if (status != AttendanceStatus.ATTENDED) {
                    absences.add(new Absence(AbsenceId.random(), deputy, Absence.SESSION_MEETING, meeting.date(),
                            Optional.of(meeting.id().toString()), status == AttendanceStatus.ON_LEAVE, false));
                }
            }
            if (!attendedAny) {
                boolean approved = allCovered || leaves.stream().anyMatch(l -> l.deputy().equals(deputy) && l.coversWholeSession(session.id()));
                absences.add(new Absence(AbsenceId.random(), deputy, Absence.SESSION, session.opensOn(),
                        Optional.of(session.id().toString()), approved, false));
            }
        }
        return absences;
    }

    private boolean onLeave(DeputyId deputy, SessionMeeting meeting) {
        return leaves.stream().anyMatch(l -> l.deputy().equals(deputy) && l.covers(session.id(), meeting.id()));
    }
}
