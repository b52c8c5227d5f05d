package org.lvzhi.application.attendance.port.in;

import java.util.List;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.domain.attendance.AttendanceStatus;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.attendance.SessionAttendance;
import org.lvzhi.domain.attendance.SessionMeeting;

/** A session's attendance as published (QH-11.7): per meeting, each active deputy attended, on approved leave or absent. */
public record AttendanceSheet(Session session, List<MeetingSheet> meetings) {

    public record MeetingSheet(SessionMeeting meeting, List<Entry> entries) {
    }

    public record Entry(DeputyView deputy, AttendanceStatus status) {
    }

    public static AttendanceSheet of(SessionAttendance attendance, List<DeputyView> deputies) {
        return new AttendanceSheet(attendance.session(), attendance.session().meetings().stream()
                .map(meeting -> new MeetingSheet(meeting, deputies.stream()
                        .map(d -> new Entry(d, attendance.status(d.deputy().id(), meeting)))
                        .toList()))
                .toList());
    }
}
