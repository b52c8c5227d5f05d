package org.lvzhi.application.attendance;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lvzhi.application.attendance.event.LeaveRequestDecided;
import org.lvzhi.application.attendance.event.LeaveRequested;
import org.lvzhi.application.attendance.event.LeaveWithdrawn;
import org.lvzhi.application.attendance.port.in.AttendanceAccess;
import org.lvzhi.application.attendance.port.in.DecideLeaveCommand;
import org.lvzhi.application.attendance.port.in.LeaveUseCases;
import org.lvzhi.application.attendance.port.in.RequestLeaveCommand;
import org.lvzhi.application.attendance.port.out.LeaveRequestPort;
import org.lvzhi.application.attendance.port.out.PositionHoldersPort;
import org.lvzhi.application.attendance.port.out.SessionPort;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.duty.port.out.DutyActivityPort;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.attendance.ApprovalChain;
import org.lvzhi.domain.attendance.ApprovalChains;
import org.lvzhi.domain.attendance.LeaveFrom;
import org.lvzhi.domain.attendance.LeaveRequest;
import org.lvzhi.domain.attendance.LeaveRequestId;
import org.lvzhi.domain.attendance.LeaveState;
import org.lvzhi.domain.attendance.MeetingKind;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.attendance.SessionMeeting;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.policy.ApprovalStep;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Messages;

@Singleton
class LeaveService implements LeaveUseCases {

    private static final Messages MESSAGES = Messages.of(LeaveService.class);

    private final TransactionPort transactions;
    private final LeaveRequestPort leaves;
    private final SessionPort sessions;
    private final LoadDeputyPort deputies;
    private final PositionPort positions;
    private final DutyActivityPort activities;
    private final PolicyProfileQueries profiles;
    private final StepAuthority authority;
    private final PositionHoldersPort holders;
    private final NotificationPort notifications;
    private final Clock clock;

    LeaveService(TransactionPort transactions, LeaveRequestPort leaves, SessionPort sessions, LoadDeputyPort deputies,
                 PositionPort positions, DutyActivityPort activities, PolicyProfileQueries profiles, StepAuthority authority,
                 PositionHoldersPort holders, NotificationPort notifications, Clock clock) {
        this.transactions = transactions;
        this.leaves = leaves;
        this.sessions = sessions;
        this.deputies = deputies;
        this.positions = positions;
        this.activities = activities;
        this.profiles = profiles;
        this.authority = authority;
        this.holders = holders;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public LeaveRequest request(ActingCaller caller, RequestLeaveCommand command) {
        return transactions.inCongress(caller.congress(), () -> {
            DeputyView deputy = requester(caller, command);
            LeaveRequest request = command.from().fromSession() ? fromSession(caller, command, deputy) : fromActivity(caller, command, deputy);
            leaves.add(request);
            notifications.send(Notification.of(caller.congress(), new LeaveRequested(request.id(), request.deputy(), request.from(),
                    request.date(), request.halfDays(), request.state()), List.of()));
            return request;
        });
    }

    @Override
    public Slice<LeaveRequest> list(ActingCaller caller, Optional<LeaveState> state, KeysetRequest page) {
        return transactions.readInCongress(caller.congress(), () -> {
            if (seesAll(caller)) {
                return leaves.list(state, Optional.empty(), page);
            }
            return ownSeat(caller).map(own -> leaves.list(state, Optional.of(own.deputy().id()), page))
                    .orElseGet(() -> new Slice<LeaveRequest>(List.of(), page.size(), Optional.empty()).counted(page, () -> 0));
        });
    }

    @Override
    public Page<LeaveRequest> awaiting(ActingCaller caller, PageRequest page) {
        return transactions.readInCongress(caller.congress(), () -> {
            List<LeaveRequest> mine = leaves.pending().stream().filter(r -> mayDecide(caller, r)).toList();
            List<LeaveRequest> slice = mine.stream().skip(page.offset()).limit(page.size()).toList();
            return Page.of(slice, page, mine.size());
        });
    }

    @Override
    public LeaveRequest find(ActingCaller caller, LeaveRequestId id) {
        return transactions.readInCongress(caller.congress(), () -> visible(caller, id));
    }

    /** Anyone in the congress may try; who may not decide the step waiting is told who may (403). */
    @Override
    public LeaveRequest decide(ActingCaller caller, LeaveRequestId id, DecideLeaveCommand command) {
        return transactions.inCongress(caller.congress(), () -> {
            LeaveRequest request = leaves.find(id).orElseThrow(() -> new NotFound("leave request", id));
            ApprovalStep step = request.currentStep().orElseThrow(() -> Messages.of(LeaveRequest.class)
                    .violation("outcome", "leave.not-pending", request.state()));
            DeputyView deputy = deputyOf(request);
            String actedAs = authority.actAs(caller, step, deputy, activityOf(request), today());
            LeaveRequest decided = request.decide(actedAs, command.outcome(), caller.subject(), clock.instant(),
                    command.note(), command.documentReference());
            leaves.update(decided);
            if (decided.state() != LeaveState.PENDING) {
                notifyDecided(caller, decided, deputy);
            }
            return decided;
        });
    }

    @Override
    public LeaveRequest withdraw(ActingCaller caller, LeaveRequestId id) {
        return transactions.inCongress(caller.congress(), () -> {
            LeaveRequest request = visible(caller, id);
            if (!actsForAny(caller) && !isOwn(caller, deputyOf(request))) {
                throw new AccessDenied(MESSAGES.text("withdraw.denied"));
            }
            LeaveRequest withdrawn = request.withdraw();
            leaves.update(withdrawn);
            notifications.send(Notification.of(caller.congress(), new LeaveWithdrawn(withdrawn.id(), withdrawn.deputy(),
                    withdrawn.state()), List.of()));
            return withdrawn;
        });
    }

    private LeaveRequest fromSession(ActingCaller caller, RequestLeaveCommand command, DeputyView deputy) {
        Session session = sessions.find(command.session().orElseThrow())
                .orElseThrow(() -> MESSAGES.violation("sessionId", "session.unknown", command.session().get()));
        if (!session.term().equals(deputy.deputy().term())) {
            throw MESSAGES.violation("deputyId", "deputy.other-term", deputy.deputy().id());
        }
        session.checkOpen();
        List<SessionMeeting> meetings = session.meetings(command.meetings(), "meetingIds");
        List<SessionMeeting> missed = command.from() == LeaveFrom.WHOLE_SESSION ? session.meetings() : meetings;
        LocalDate on = missed.stream().map(SessionMeeting::date).min(LocalDate::compareTo).orElse(session.opensOn());
        ApprovalChain chain = chain(caller, command, deputy, on,
                missed.stream().map(SessionMeeting::kind).collect(Collectors.toSet()), Session.halfDays(missed));
        return LeaveRequest.fromSession(deputy.deputy().id(), command.from(), session, meetings, command.reason(),
                command.explanation(), chain, caller.subject(), clock.instant());
    }

    private LeaveRequest fromActivity(ActingCaller caller, RequestLeaveCommand command, DeputyView deputy) {
        DutyActivity activity = activities.find(command.activity().orElseThrow())
                .orElseThrow(() -> MESSAGES.violation("activityId", "activity.unknown", command.activity().get()));
        if (!activity.invites(deputy.deputy().id())) {
            throw MESSAGES.violation("activityId", "deputy.not-invited");
        }
        ApprovalChain chain = chain(caller, command, deputy, activity.date(), Set.of(), command.halfDays());
        return LeaveRequest.fromActivity(deputy.deputy().id(), command.from(), activity.id(), activity.date(), command.halfDays(),
                command.reason(), command.explanation(), chain, caller.subject(), clock.instant());
    }

    /** The chain of the profile in force on the date the leave concerns; the reason must be one it allows. */
    private ApprovalChain chain(ActingCaller caller, RequestLeaveCommand command, DeputyView deputy, LocalDate on,
                                Set<MeetingKind> kinds, int halfDays) {
        EffectiveProfile profile = profiles.effectiveIn(caller.congress(), on);
        ApprovalChains.checkReason(profile, command.from(), command.reason());
        Set<String> held = positions.heldBy(deputy.person().id(), on).stream().map(a -> a.position().name()).collect(Collectors.toSet());
        return ApprovalChains.select(profile, new ApprovalChains.Request(command.from(), kinds, halfDays, deputy.deputy().seat(), held));
    }

    /** Staff file for the deputy they name; anyone else for their own seat only. */
    private DeputyView requester(ActingCaller caller, RequestLeaveCommand command) {
        if (actsForAny(caller) && command.deputy().isPresent()) {
            return deputies.find(command.deputy().get())
                    .orElseThrow(() -> MESSAGES.violation("deputyId", "deputy.unknown", command.deputy().get()));
        }
        DeputyView own = ownSeat(caller).orElseThrow(() -> actsForAny(caller)
                ? MESSAGES.violation("deputyId", "deputy.required")
                : new AccessDenied(MESSAGES.text("deputy.no-seat")));
        if (command.deputy().filter(d -> !d.equals(own.deputy().id())).isPresent()) {
            throw new AccessDenied(MESSAGES.text("deputy.not-own"));
        }
        return own;
    }

    /** Staff see every request; the deputy their own; whoever decided a step or may decide the current one, that request. */
    private LeaveRequest visible(ActingCaller caller, LeaveRequestId id) {
        return leaves.find(id)
                .filter(r -> seesAll(caller) || isOwn(caller, deputyOf(r))
                        || r.decisions().stream().anyMatch(d -> d.decidedBy().equals(caller.subject()))
                        || mayDecide(caller, r))
                .orElseThrow(() -> new NotFound("leave request", id));
    }

    private boolean mayDecide(ActingCaller caller, LeaveRequest request) {
        return request.currentStep()
                .map(step -> authority.may(caller, step, deputyOf(request), activityOf(request), today()))
                .orElse(false);
    }

    private void notifyDecided(ActingCaller caller, LeaveRequest request, DeputyView deputy) {
        LeaveRequestDecided decided = new LeaveRequestDecided(request.id(), deputy.deputy().id(), deputy.person().name().value(),
                request.from(), request.state(), request.chain().citation(), request.decisions().getLast().note());
        List<Recipient> recipients = Stream.concat(Stream.of(deputy.recipient()), filers(request)).distinct().toList();
        notifications.send(Notification.of(caller.congress(), decided, recipients));
    }

    /** The holders of the office that files the request (备案), where the chain names one on the platform. */
    private Stream<Recipient> filers(LeaveRequest request) {
        return request.chain().filedBy().stream().flatMap(actor -> OfficeRecipients.of(holders, actor, today()));
    }

    private Optional<DeputyView> ownSeat(ActingCaller caller) {
        try {
            return deputies.findByLogin(new Login(caller.subject()));
        } catch (InvariantViolation notALogin) {
            return Optional.empty();
        }
    }

    private DeputyView deputyOf(LeaveRequest request) {
        return deputies.find(request.deputy()).orElseThrow(() -> new NotFound("deputy", request.deputy()));
    }

    private Optional<DutyActivity> activityOf(LeaveRequest request) {
        return request.activity().flatMap(activities::find);
    }

    private static boolean isOwn(ActingCaller caller, DeputyView deputy) {
        return deputy.person().login().map(login -> login.value().equals(caller.subject())).orElse(false);
    }

    private static boolean seesAll(ActingCaller caller) {
        return AttendanceAccess.GRANTS.allows(caller, AttendanceAccess.READ_ALL_LEAVE);
    }

    private static boolean actsForAny(ActingCaller caller) {
        return AttendanceAccess.GRANTS.allows(caller, AttendanceAccess.FILE_LEAVE_FOR_ANY);
    }

    private LocalDate today() {
        return LegalDate.today(clock);
    }
}
