package org.lvzhi.adapter.persistence.attendance;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.adapter.persistence.shared.SqlStates;
import org.lvzhi.application.attendance.port.out.AttendancePort;
import org.lvzhi.application.attendance.port.out.LoadSessionPeriodsPort;
import org.lvzhi.application.attendance.port.out.SessionPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.attendance.HalfDay;
import org.lvzhi.domain.attendance.MeetingId;
import org.lvzhi.domain.attendance.MeetingKind;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.attendance.SessionMeeting;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Messages;

@Singleton
class SessionAdapter implements SessionPort, AttendancePort, LoadSessionPeriodsPort {

    /** PostgreSQL's unique_violation: the term already has a session with this number. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final SessionRepository sessions;
    private final MeetingRepository meetings;

    SessionAdapter(SessionRepository sessions, MeetingRepository meetings) {
        this.sessions = sessions;
        this.meetings = meetings;
    }

    @Override
    public void add(Session session) {
        try {
            sessions.save(new SessionRow(session.id().value(), session.term().value(), session.number(), session.title(),
                    session.opensOn(), session.closesOn(), session.closedAt().orElse(null)));
        } catch (RuntimeException failure) {
            if (SqlStates.of(failure).filter(UNIQUE_VIOLATION::equals).isPresent()) {
                throw Messages.of(Session.class).violation("number", "session.number-taken", session.number());
            }
            throw failure;
        }
        session.meetings().forEach(m -> sessions.addMeeting(m.id().value(), session.id().value(), m.kind().name(), m.date(),
                m.halfDay().name()));
    }

    @Override
    public Optional<Session> find(SessionId id) {
        return sessions.findById(id.value()).map(this::toSession);
    }

    @Override
    public Page<Session> list(PageRequest page) {
        var found = sessions.findAll(Pageable.from(page.page(), page.size(),
                Sort.of(Sort.Order.desc("opensOn"), Sort.Order.asc("id"))));
        return Page.of(found.getContent().stream().map(this::toSession).toList(), page, found.getTotalSize());
    }

    @Override
    public List<DateRange> periodsOf(TermId term) {
        return sessions.findByTermId(term.value()).stream().map(row -> new DateRange(row.opensOn(), row.closesOn())).toList();
    }

    @Override
    public void markClosed(SessionId id, Instant at) {
        sessions.close(id.value(), at);
    }

    @Override
    public void replace(MeetingId meeting, Set<DeputyId> attendees, String registeredBy, Instant at) {
        sessions.clearAttendance(meeting.value());
        attendees.forEach(deputy -> sessions.attend(meeting.value(), deputy.value(), registeredBy, at));
    }

    @Override
    public Map<MeetingId, Set<DeputyId>> attendees(SessionId session) {
        Map<MeetingId, Set<DeputyId>> found = new HashMap<>();
        for (MeetingRow meeting : meetings.findBySessionId(session.value())) {
            Set<DeputyId> attendees = new LinkedHashSet<>();
            sessions.attendees(meeting.id()).forEach(id -> attendees.add(new DeputyId(id)));
            if (!attendees.isEmpty()) {
                found.put(new MeetingId(meeting.id()), attendees);
            }
        }
        return found;
    }

    private Session toSession(SessionRow row) {
        SessionId id = new SessionId(row.id());
        return new Session(id, new TermId(row.termId()), row.number(), row.title(), row.opensOn(), row.closesOn(),
                meetings.findBySessionId(row.id()).stream()
                        .map(m -> new SessionMeeting(new MeetingId(m.id()), id, MeetingKind.valueOf(m.kind()), m.heldOn(),
                                HalfDay.valueOf(m.halfDay())))
                        .toList(),
                Optional.ofNullable(row.closedAt()));
    }
}
