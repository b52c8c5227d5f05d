package org.lvzhi.domain.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Violations;

/**
 * A session of the congress (e.g. the 3rd session of the 14th congress) with its meetings. Once closed, its
 * attendance is final and the absences have been derived from it.
 */
public record Session(
        SessionId id,
        TermId term,
        int number,
        String title,
        LocalDate opensOn,
        LocalDate closesOn,
        List<SessionMeeting> meetings,
        Optional<Instant> closedAt) {

    private static final int MAX_TITLE_LENGTH = 100;
    private static final Messages MESSAGES = Messages.of(Session.class);
    private static final Comparator<SessionMeeting> IN_ORDER =
            Comparator.comparing(SessionMeeting::date).thenComparing(SessionMeeting::halfDay).thenComparing(SessionMeeting::kind);

    public Session {
        Checks.required("id", id);
        Checks.required("termId", term);
        title = Checks.text("title", title, MAX_TITLE_LENGTH);
        Checks.required("opensOn", opensOn);
        Checks.required("closesOn", closesOn);
        meetings = Checks.required("meetings", meetings).stream().sorted(IN_ORDER).toList();
        Checks.required("closedAt", closedAt);
    }

    /** A meeting to hold: its kind and half-day. */
    public record MeetingPlan(MeetingKind kind, LocalDate date, HalfDay halfDay) {
    }

    /** Plans a session of the term, checking its number, dates and meetings (all reported at once). */
    public static Session plan(Term term, int number, String title, LocalDate opensOn, LocalDate closesOn, List<MeetingPlan> meetings) {
        Violations violations = new Violations();
        if (number < 1) {
            violations.add(MESSAGES.violation("number", "session.number"));
        }
        violations.check(() -> Checks.text("title", title, MAX_TITLE_LENGTH));
        Checks.required("opensOn", opensOn);
        Checks.required("closesOn", closesOn);
        if (closesOn.isBefore(opensOn)) {
            violations.add(MESSAGES.violation("closesOn", "session.closes-before-opening"));
        } else if (!term.covers(opensOn) || !term.covers(closesOn)) {
            violations.add(MESSAGES.violation("opensOn", "session.outside-term", term.number(), term.startsOn(), term.endsOn()));
        }
        if (meetings.isEmpty()) {
            violations.add(MESSAGES.violation("meetings", "session.no-meetings"));
        }
        Set<MeetingPlan> seen = new HashSet<>();
        for (int i = 0; i < meetings.size(); i++) {
            MeetingPlan meeting = meetings.get(i);
            if (meeting.date().isBefore(opensOn) || meeting.date().isAfter(closesOn)) {
                violations.add(MESSAGES.violation("meetings." + i + ".date", "meeting.outside-session", meeting.date()));
            }
            if (!seen.add(meeting)) {
                violations.add(MESSAGES.violation("meetings." + i, "meeting.duplicate"));
            }
        }
        violations.throwIfAny();
        SessionId id = SessionId.random();
        return new Session(id, term.id(), number, title, opensOn, closesOn,
                meetings.stream().map(m -> new SessionMeeting(MeetingId.random(), id, m.kind(), m.date(), m.halfDay())).toList(),
                Optional.empty());
    }

    public Optional<SessionMeeting> meeting(MeetingId meeting) {
        return meetings.stream().filter(m -> m.id().equals(meeting)).findFirst();
    }

    /** The meetings with these ids; an id that is not a meeting of this session is refused on its field. */
    public List<SessionMeeting> meetings(List<MeetingId> ids, String field) {
        Violations violations = new Violations();
        for (int i = 0; i < ids.size(); i++) {
            if (meeting(ids.get(i)).isEmpty()) {
                violations.add(MESSAGES.violation(field + "." + i, "meeting.unknown", ids.get(i)));
            }
        }
        violations.throwIfAny();
        return ids.stream().distinct().map(id -> meeting(id).orElseThrow()).toList();
    }

    /** How many half-days the meetings take. */
    public static int halfDays(Collection<SessionMeeting> meetings) {
        return meetings.stream().map(SessionMeeting::slot).collect(Collectors.toSet()).size();
    }

    public boolean closed() {
        return closedAt.isPresent();
    }

    /** Closes the session; closing a closed session keeps the first closing time. */
    public Session close(Instant at) {
        return closed() ? this : new Session(id, term, number, title, opensOn, closesOn, meetings, Optional.of(at));
    }

    /** Attendance may be registered until the session is closed. */
    public void checkOpen() {
        if (closed()) {
            throw MESSAGES.violation("sessionId", "session.closed", title);
        }
    }
}
