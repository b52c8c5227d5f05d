package org.lvzhi.domain.attendance;

import java.time.LocalDate;
import org.lvzhi.domain.shared.Checks;

/** One meeting of a session: its kind and the half-day it takes. */
public record SessionMeeting(MeetingId id, SessionId session, MeetingKind kind, LocalDate date, HalfDay halfDay) {

    public SessionMeeting {
        Checks.required("id", id);
        Checks.required("sessionId", session);
        Checks.required("kind", kind);
        Checks.required("date", date);
        Checks.required("halfDay", halfDay);
    }

    /** The half-day the meeting takes, as leave counts it. */
    public Slot slot() {
        return new Slot(date, halfDay);
    }

    /** A half-day of a date. */
    public record Slot(LocalDate date, HalfDay halfDay) {
    }
}
