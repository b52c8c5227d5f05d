package org.lvzhi.application.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.application.attendance.port.out.AttendancePort;
import org.lvzhi.application.attendance.port.out.LeaveCirculationPort;
import org.lvzhi.application.attendance.port.out.LeaveRequestPort;
import org.lvzhi.application.attendance.port.out.PositionHoldersPort;
import org.lvzhi.application.attendance.port.out.SessionPort;
import org.lvzhi.application.calendar.port.in.CalendarDuties;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.testing.Paging;
import org.lvzhi.application.testing.InMemoryPersons;
import org.lvzhi.application.testing.InMemoryPositions;
import org.lvzhi.domain.attendance.Circulation;
import org.lvzhi.domain.attendance.LeaveRequest;
import org.lvzhi.domain.attendance.LeaveRequestId;
import org.lvzhi.domain.attendance.LeaveState;
import org.lvzhi.domain.attendance.MeetingId;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.calendar.DutyDate;
import org.lvzhi.domain.calendar.DutyKey;
import org.lvzhi.domain.calendar.ScheduledDuty;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.Position;

/**
 * In-memory stores only the attendance use cases need: one congress's worth each (the tenant isolation is the
 * database's, proven by the API tests). Records, absences, activities and profiles are the shared tenant-aware
 * fakes of {@code org.lvzhi.application.testing}.
 */
final class AttendanceFakes {

    private AttendanceFakes() {
    }

    static final class Sessions implements SessionPort {
        final Map<SessionId, Session> stored = new LinkedHashMap<>();

        @Override
        public void add(Session session) {
            stored.put(session.id(), session);
        }

        @Override
        public Optional<Session> find(SessionId id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public Page<Session> list(PageRequest page) {
            return Page.of(List.copyOf(stored.values()), page, stored.size());
        }

        @Override
        public void markClosed(SessionId id, Instant at) {
            stored.computeIfPresent(id, (k, s) -> s.close(at));
        }
    }

    static final class Attendance implements AttendancePort {
        final Map<MeetingId, Set<DeputyId>> attendees = new HashMap<>();
        final Map<MeetingId, SessionId> sessions = new HashMap<>();
        private final Sessions sessionStore;

        Attendance(Sessions sessionStore) {
            this.sessionStore = sessionStore;
        }

        @Override
        public void replace(MeetingId meeting, Set<DeputyId> list, String registeredBy, Instant at) {
            attendees.put(meeting, Set.copyOf(list));
        }

        @Override
        public Map<MeetingId, Set<DeputyId>> attendees(SessionId session) {
            Map<MeetingId, Set<DeputyId>> found = new HashMap<>();
            sessionStore.find(session).ifPresent(s -> s.meetings().forEach(m -> {
                if (attendees.containsKey(m.id())) {
                    found.put(m.id(), attendees.get(m.id()));
                }
            }));
            return found;
        }
    }

    static final class Leaves implements LeaveRequestPort {
        final Map<LeaveRequestId, LeaveRequest> stored = new LinkedHashMap<>();

        @Override
        public void add(LeaveRequest request) {
            stored.put(request.id(), request);
        }

        @Override
        public void update(LeaveRequest request) {
            stored.put(request.id(), request);
        }

        @Override
        public Optional<LeaveRequest> find(LeaveRequestId id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public Slice<LeaveRequest> list(Optional<LeaveState> state, Optional<DeputyId> deputy, KeysetRequest page) {
            List<LeaveRequest> found = stored.values().stream()
                    .filter(r -> state.map(s -> r.state() == s).orElse(true))
                    .filter(r -> deputy.map(d -> r.deputy().equals(d)).orElse(true))
                    .sorted(Comparator.comparing(LeaveRequest::requestedAt).thenComparing(r -> r.id().value()).reversed())
                    .toList();
            return Paging.slice(found, page, r -> KeysetRequest.cursor(r.requestedAt(), r.id().value()));
        }

        @Override
        public List<LeaveRequest> pending() {
            return stored.values().stream().filter(r -> r.state() == LeaveState.PENDING).toList();
        }

        @Override
        public List<LeaveRequest> ofSession(SessionId session) {
            return stored.values().stream().filter(r -> r.session().equals(Optional.of(session))).toList();
        }
    }

    /** The circulations kept, by session. */
    static final class Circulations implements LeaveCirculationPort {
        final Map<SessionId, Circulation> stored = new LinkedHashMap<>();

        @Override
        public void add(Circulation circulation) {
            stored.put(circulation.session(), circulation);
        }

        @Override
        public Optional<Circulation> find(SessionId session) {
            return Optional.ofNullable(stored.get(session));
        }
    }

    /** The holders of an office, read from the in-memory positions of the congress. */
    static final class Holders implements PositionHoldersPort {
        private final CongressId congress;
        private final InMemoryPositions positions;
        private final InMemoryPersons persons;

        Holders(CongressId congress, InMemoryPositions positions, InMemoryPersons persons) {
            this.congress = congress;
            this.positions = positions;
            this.persons = persons;
        }

        @Override
        public List<Person> holders(Position position, LocalDate on) {
            return positions.stored(congress).stream().filter(a -> a.position() == position && a.heldOn(on))
                    .map(a -> persons.storedPerson(a.holder())).toList();
        }
    }

    /** Records the sessions the calendar is told of; the calendar's other work is not these tests' concern. */
    static final class Calendar implements CalendarDuties {

        final List<List<Object>> sessionsPlanned = new ArrayList<>();

        @Override
        public int sessionPlanned(CongressId congress, LocalDate opensOn, LocalDate closesOn) {
            sessionsPlanned.add(List.of(congress, opensOn, closesOn));
            return 0;
        }

        @Override
        public int fire(CongressId congress, DutyKey key, DutyDate date) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Reconciliation reconcile(CongressId congress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Reconciliation reconcileAll() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ScheduledDuty> scheduled(ActingCaller caller) {
            throw new UnsupportedOperationException();
        }
    }
}
