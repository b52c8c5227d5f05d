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
import org.lvzhi.application.attendance.port.out.LeaveRequestPort;
import org.lvzhi.application.attendance.port.out.PositionHoldersPort;
import org.lvzhi.application.attendance.port.out.SessionPort;
import org.lvzhi.application.duty.port.out.AbsencePort;
import org.lvzhi.application.duty.port.out.DutyActivityPort;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.identity.ActingCaller;
import org.lvzhi.application.policy.ProfileAuditEntry;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.testing.InMemoryPersons;
import org.lvzhi.application.testing.InMemoryPositions;
import org.lvzhi.domain.attendance.LeaveRequest;
import org.lvzhi.domain.attendance.LeaveRequestId;
import org.lvzhi.domain.attendance.LeaveState;
import org.lvzhi.domain.attendance.MeetingId;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.DutyRecordId;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.ProfileDiff;
import org.lvzhi.domain.policy.ProfileVersion;

/**
 * In-memory stores for the attendance use cases: one congress's worth each (the tenant isolation is the
 * database's, proven by the API tests).
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
        public Page<LeaveRequest> list(Optional<LeaveState> state, Optional<DeputyId> deputy, PageRequest page) {
            List<LeaveRequest> found = stored.values().stream()
                    .filter(r -> state.map(s -> r.state() == s).orElse(true))
                    .filter(r -> deputy.map(d -> r.deputy().equals(d)).orElse(true))
                    .sorted(Comparator.comparing(LeaveRequest::requestedAt).reversed())
                    .toList();
            return Page.of(found, page, found.size());
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

    static final class Activities implements DutyActivityPort {
        final Map<DutyActivityId, DutyActivity> stored = new LinkedHashMap<>();

        @Override
        public void add(DutyActivity activity) {
            stored.put(activity.id(), activity);
        }

        @Override
        public Optional<DutyActivity> find(DutyActivityId id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public Page<DutyActivity> list(PageRequest page) {
            return Page.of(List.copyOf(stored.values()), page, stored.size());
        }
    }

    static final class Absences implements AbsencePort {
        final List<Absence> stored = new ArrayList<>();

        @Override
        public void add(Absence absence) {
            boolean recorded = stored.stream().anyMatch(a -> a.deputy().equals(absence.deputy()) && a.from().equals(absence.from())
                    && a.reference().equals(absence.reference()));
            if (!recorded) {
                stored.add(absence);
            }
        }

        @Override
        public List<Absence> ofDeputy(DeputyId deputy, LocalDate from, LocalDate to) {
            return stored.stream().filter(a -> a.deputy().equals(deputy) && !a.date().isBefore(from) && !a.date().isAfter(to)).toList();
        }
    }

    static final class Records implements DutyRecordPort {
        final List<DutyRecord> stored = new ArrayList<>();

        @Override
        public void add(DutyRecord record) {
            stored.add(record);
        }

        @Override
        public void update(DutyRecord record) {
            stored.replaceAll(r -> r.id().equals(record.id()) ? record : r);
        }

        @Override
        public Optional<DutyRecord> find(DutyRecordId id) {
            return stored.stream().filter(r -> r.id().equals(id)).findFirst();
        }

        @Override
        public boolean registeredAt(DeputyId deputy, DutyActivityId activity) {
            return stored.stream().anyMatch(r -> r.deputy().equals(deputy) && r.activity().equals(Optional.of(activity)));
        }

        @Override
        public List<DutyRecord> ofDeputy(DeputyId deputy, LocalDate from, LocalDate to) {
            return stored.stream().filter(r -> r.deputy().equals(deputy) && !r.date().isBefore(from) && !r.date().isAfter(to)).toList();
        }

        @Override
        public Page<DutyRecord> pending(PageRequest page) {
            return Page.of(List.of(), page, 0);
        }

        @Override
        public Page<DutyRecord> pendingInGroups(Set<UnitId> groups, PageRequest page) {
            return Page.of(List.of(), page, 0);
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

    /** Profile queries answering one effective profile for every date. */
    static final class FixedProfile implements PolicyProfileQueries {
        private final EffectiveProfile profile;

        FixedProfile(EffectiveProfile profile) {
            this.profile = profile;
        }

        @Override
        public EffectiveProfile effective(ActingCaller caller, LocalDate on) {
            return profile;
        }

        @Override
        public EffectiveProfile effectiveIn(CongressId congress, LocalDate on) {
            return profile;
        }

        @Override
        public List<ProfileVersion> versions(ActingCaller caller) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ProfileVersion version(ActingCaller caller, int number) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String document(ActingCaller caller, int number) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ProfileDiff.Result diff(ActingCaller caller, int from, int to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ProfileAuditEntry> audit(ActingCaller caller) {
            throw new UnsupportedOperationException();
        }
    }
}
