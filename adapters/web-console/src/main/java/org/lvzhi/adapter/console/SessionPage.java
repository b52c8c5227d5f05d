package org.lvzhi.adapter.console;

import java.util.List;
import org.lvzhi.application.attendance.port.in.AttendanceSheet;
import org.lvzhi.domain.attendance.AttendanceStatus;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.shared.Messages;

/** A session as its page shows it: its dates, whether it is closed, and each meeting's attendance by deputy. */
public record SessionPage(String id, String title, String dates, boolean closed, List<Meeting> meetings) {

    public record Meeting(String id, String label, List<Entry> entries) {
    }

    public record Entry(String deputy, String name, String status, String statusLabel, boolean attended) {
    }

    static SessionPage of(AttendanceSheet sheet) {
        Session session = sheet.session();
        return new SessionPage(session.id().value().toString(), session.title(), dates(session), session.closed(),
                sheet.meetings().stream().map(meeting -> new Meeting(meeting.meeting().id().value().toString(),
                        ConsoleText.date(meeting.meeting().date()) + Messages.label(meeting.meeting().halfDay()) + " · "
                                + Messages.label(meeting.meeting().kind()),
                        meeting.entries().stream().map(entry -> new Entry(entry.deputy().deputy().id().value().toString(),
                                entry.deputy().person().name().value(), entry.status().name(), Messages.label(entry.status()),
                                entry.status() == AttendanceStatus.ATTENDED)).toList())).toList());
    }

    static String dates(Session session) {
        return ConsoleText.text("quota.window", ConsoleText.date(session.opensOn()), ConsoleText.date(session.closesOn()));
    }
}
