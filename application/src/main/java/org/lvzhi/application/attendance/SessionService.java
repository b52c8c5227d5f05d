package org.lvzhi.application.attendance;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.application.attendance.event.SessionAttendanceRegistered;
import org.lvzhi.application.attendance.event.SessionClosed;
import org.lvzhi.application.attendance.event.SessionOpened;
import org.lvzhi.application.attendance.port.in.AttendanceSheet;
import org.lvzhi.application.attendance.port.in.CirculationSheet;
import org.lvzhi.application.attendance.port.in.OpenSessionCommand;
import org.lvzhi.application.attendance.port.in.SessionUseCases;
import org.lvzhi.application.attendance.port.out.AttendancePort;
import org.lvzhi.application.attendance.port.out.LeaveRequestPort;
import org.lvzhi.application.attendance.port.out.SessionPort;
import org.lvzhi.application.calendar.port.in.CalendarDuties;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.duty.port.in.FactsObserver;
import org.lvzhi.application.duty.port.out.AbsencePort;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.attendance.Circulation;
import org.lvzhi.domain.attendance.MeetingId;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.attendance.SessionAttendance;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Violations;

@Singleton
class SessionService implements SessionUseCases {

    /** The record type of attending a session (the baseline's catalogue). */
    static final String SESSION_ATTENDANCE = "SESSION_ATTENDANCE";
    private static final Messages MESSAGES = Messages.of(SessionService.class);

    private final TransactionPort transactions;
    private final SessionPort sessions;
    private final AttendancePort attendance;
    private final LeaveRequestPort leaves;
    private final LoadTermsPort terms;
    private final LoadDeputyPort deputies;
    private final ActiveDeputies activeDeputies;
    private final AbsencePort absences;
    private final DutyRecordPort records;
    private final FactsObserver observer;
    private final CalendarDuties calendar;
    private final LeaveCirculation circulation;
    private final NotificationPort notifications;
    private final Clock clock;

    SessionService(TransactionPort transactions, SessionPort sessions, AttendancePort attendance, LeaveRequestPort leaves,
                   LoadTermsPort terms, LoadDeputyPort deputies, ActiveDeputies activeDeputies, AbsencePort absences,
                   DutyRecordPort records, FactsObserver observer, CalendarDuties calendar, LeaveCirculation circulation,
                   NotificationPort notifications, Clock clock) {
        this.transactions = transactions;
        this.sessions = sessions;
        this.attendance = attendance;
        this.leaves = leaves;
        this.terms = terms;
        this.deputies = deputies;
        this.activeDeputies = activeDeputies;
        this.absences = absences;
        this.records = records;
        this.observer = observer;
        this.calendar = calendar;
        this.circulation = circulation;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public Session open(ActingCaller caller, OpenSessionCommand command) {
        return transactions.inCongress(caller.congress(), () -> {
            Term term = terms.find(command.term())
                    .orElseThrow(() -> MESSAGES.violation("termId", "term.unknown", command.term()));
            Session session = Session.plan(term, command.number(), command.title(), command.opensOn(), command.closesOn(),
                    command.meetings());
            sessions.add(session);
            calendar.sessionPlanned(caller.congress(), session.opensOn(), session.closesOn());
            notifications.send(Notification.of(caller.congress(), new SessionOpened(session.id(), session.term(), session.number(),
                    session.title(), session.opensOn(), session.closesOn()), List.of()));
            return session;
        });
    }

    @Override
    public Page<Session> list(ActingCaller caller, PageRequest page) {
        return transactions.readInCongress(caller.congress(), () -> sessions.list(page));
    }

    @Override
    public Session find(ActingCaller caller, SessionId id) {
        return transactions.readInCongress(caller.congress(), () -> existing(id));
    }

    @Override
    public AttendanceSheet registerAttendance(ActingCaller caller, SessionId id, MeetingId meeting, List<DeputyId> attendees) {
        return transactions.inCongress(caller.congress(), () -> {
            Session session = existing(id);
            session.meeting(meeting).orElseThrow(() -> new NotFound("meeting", meeting));
            session.checkOpen();
            Violations violations = new Violations();
            for (int i = 0; i < attendees.size(); i++) {
                DeputyId deputy = attendees.get(i);
                Optional<DeputyView> found = deputies.find(deputy);
                if (found.isEmpty()) {
                    violations.add(MESSAGES.violation("deputyIds." + i, "deputy.unknown", deputy));
                } else if (!found.get().deputy().term().equals(session.term())) {
                    violations.add(MESSAGES.violation("deputyIds." + i, "deputy.other-term", deputy));
                }
            }
            violations.throwIfAny();
            attendance.replace(meeting, new LinkedHashSet<>(attendees), caller.subject(), clock.instant());
            notifications.send(Notification.of(caller.congress(), new SessionAttendanceRegistered(id, meeting, attendees.size()),
                    List.of()));
            return sheetOf(session);
        });
    }

    @Override
    public AttendanceSheet close(ActingCaller caller, SessionId id) {
        return transactions.inCongress(caller.congress(), () -> {
            Session session = existing(id);
            List<DeputyView> active = activeDeputies.of(session.term());
            SessionAttendance derived = attendanceOf(session, active);
            Set<DeputyId> filed = new LinkedHashSet<>();
            derived.absences().forEach(absence -> {
                absences.add(absence);
                filed.add(absence.deputy());
            });
            for (DeputyId deputy : derived.attendedAny()) {
                if (!hasAttendanceRecord(deputy, session)) {
                    records.add(DutyRecord.registered(deputy, SESSION_ATTENDANCE, session.opensOn(), Optional.empty(),
                            Optional.empty(), Optional.of(session.title()), caller.subject()));
                    filed.add(deputy);
                }
            }
            filed.forEach(deputy -> observer.filed(caller.congress(), deputy));
            Session closed = session.close(clock.instant());
            if (!session.closed()) {
                sessions.markClosed(id, closed.closedAt().orElseThrow());
                circulation.circulate(caller.congress(), derived, active);
                notifications.send(Notification.of(caller.congress(), new SessionClosed(id, session.title(),
                        derived.absences().size()), List.of()));
            }
            return AttendanceSheet.of(attendanceOf(closed, active), active);
        });
    }

    @Override
    public AttendanceSheet sheet(ActingCaller caller, SessionId id) {
        return transactions.readInCongress(caller.congress(), () -> sheetOf(existing(id)));
    }

    @Override
    public CirculationSheet circulation(ActingCaller caller, SessionId id) {
        return transactions.readInCongress(caller.congress(), () -> {
            Session session = existing(id);
            Circulation found = circulation.of(id).orElseThrow(() -> new NotFound("circulation", id));
            return new CirculationSheet(session, found, found.lines().stream()
                    .map(line -> new CirculationSheet.Entry(deputies.find(line.deputy()).orElseThrow(() -> new NotFound("deputy", line.deputy())),
                            line, line.meetings().stream().map(meeting -> session.meeting(meeting).orElseThrow()).toList()))
                    .toList());
        });
    }

    private AttendanceSheet sheetOf(Session session) {
        List<DeputyView> active = activeDeputies.of(session.term());
        return AttendanceSheet.of(attendanceOf(session, active), active);
    }

    private SessionAttendance attendanceOf(Session session, List<DeputyView> active) {
        return new SessionAttendance(session, active.stream().map(d -> d.deputy().id()).toList(),
                attendance.attendees(session.id()), leaves.ofSession(session.id()));
    }

    private boolean hasAttendanceRecord(DeputyId deputy, Session session) {
        return records.ofDeputy(deputy, session.opensOn(), session.closesOn()).stream()
                .anyMatch(r -> r.type().equals(SESSION_ATTENDANCE) && r.note().equals(Optional.of(session.title())));
    }

    private Session existing(SessionId id) {
        return sessions.find(id).orElseThrow(() -> new NotFound("session", id));
    }
}
