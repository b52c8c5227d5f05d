package org.lvzhi.adapter.console;

import org.lvzhi.domain.attendance.Session;

/** A line of the sessions list. */
public record SessionRow(String id, String title, String dates, int meetings, boolean closed) {

    static SessionRow of(Session session) {
        return new SessionRow(session.id().value().toString(), session.title(), SessionPage.dates(session),
                session.meetings().size(), session.closed());
    }
}
