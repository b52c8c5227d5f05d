package org.lvzhi.adapter.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.lvzhi.application.attendance.port.in.AttendanceAccess;
import org.lvzhi.application.attendance.port.in.DecideLeaveCommand;
import org.lvzhi.application.attendance.port.in.LeaveUseCases;
import org.lvzhi.application.attendance.port.in.SessionUseCases;
import org.lvzhi.application.deputy.port.in.DeputyAccess;
import org.lvzhi.application.deputy.port.in.DeputyQueries;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.attendance.ApprovalChains;
import org.lvzhi.domain.attendance.LeaveFrom;
import org.lvzhi.domain.attendance.LeaveRequest;
import org.lvzhi.domain.attendance.LeaveRequestId;
import org.lvzhi.domain.attendance.LeaveState;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.attendance.SessionMeeting;
import org.lvzhi.domain.attendance.StepActor;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.policy.ApprovalStep;
import org.lvzhi.domain.policy.CodedName;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Messages;

/**
 * Leave at the console. A deputy asks leave from a session still open (the whole session, or some of its meetings)
 * and follows each request through the steps of its approval chain, withdrawing it while it is pending; whoever may
 * decide a waiting step (a delegation head, a group leader, staff where the chain names their office) approves it or
 * refuses it with a reason. Each answer says what happens next.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class LeaveController {

    private static final Set<String> DECISION_FIELDS = Set.of("note", "documentReference");
    private static final PageRequest OPEN_SESSIONS = new PageRequest(0, PageRequest.DEFAULT_SIZE);

    private final ActingInCongress acting;
    private final Frames frames;
    private final LeaveUseCases leave;
    private final SessionUseCases sessions;
    private final DeputyQueries deputies;
    private final PolicyProfileQueries profiles;
    private final Clock clock;

    LeaveController(ActingInCongress acting, Frames frames, LeaveUseCases leave, SessionUseCases sessions, DeputyQueries deputies,
                    PolicyProfileQueries profiles, Clock clock) {
        this.acting = acting;
        this.frames = frames;
        this.leave = leave;
        this.sessions = sessions;
        this.deputies = deputies;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Get("/leave")
    @View("leave")
    Map<String, Object> requests(@Nullable Principal principal, HttpRequest<?> request, @Nullable @QueryValue String after) {
        ActingCaller caller = granted(acting.caller(principal, request), AttendanceAccess.READ_LEAVE);
        return requestList(caller, after, "");
    }

    @Get("/leave/new")
    @View("leave-form")
    Map<String, Object> form(@Nullable Principal principal, HttpRequest<?> request, @QueryValue String session) {
        ActingCaller caller = granted(acting.caller(principal, request), AttendanceAccess.FILE_LEAVE);
        return leaveForm(caller, LeaveForm.blank(session), FormErrors.NONE);
    }

    @Post(value = "/leave", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> ask(@Nullable Principal principal, HttpRequest<?> request, @Body LeaveForm form) {
        ActingCaller caller = granted(acting.caller(principal, request), AttendanceAccess.FILE_LEAVE);
        LeaveRequest asked;
        try {
            asked = leave.request(caller, form.toCommand());
        } catch (InvariantViolation invalid) {
            return new ModelAndView<>("leave-form", leaveForm(caller, form, FormErrors.of(invalid, LeaveForm.FIELDS)));
        }
        ApprovalStep first = asked.currentStep().orElseThrow();
        return new ModelAndView<>("leave", requestList(caller, null, ConsoleText.text("leave.asked", rows(caller).what(asked),
                asked.halfDays(), asked.chain().citation(), LeaveRow.who(first), LeaveRow.action(first))));
    }

    @Post(value = "/leave/{id}/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("leave")
    Map<String, Object> withdraw(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id) {
        ActingCaller caller = granted(acting.caller(principal, request), AttendanceAccess.FILE_LEAVE);
        LeaveRequest withdrawn = leave.withdraw(caller, leaveId(id));
        return requestList(caller, null, ConsoleText.text("leave.withdrawn", rows(caller).what(withdrawn)));
    }

    @Get("/leave/approvals")
    @View("leave-approvals")
    Map<String, Object> approvals(@Nullable Principal principal, HttpRequest<?> request, @Nullable @QueryValue Integer page) {
        ActingCaller caller = acting.caller(principal, request);
        return approvalList(caller, page, "", Optional.empty());
    }

    @Post(value = "/leave/approvals/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("leave-approvals")
    Map<String, Object> decide(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id, @Body Decision decision) {
        ActingCaller caller = acting.caller(principal, request);
        try {
            LeaveRequest decided = leave.decide(caller, leaveId(id), DecideLeaveCommand.of(decision.outcome(), decision.note(),
                    decision.documentReference()));
            return approvalList(caller, null, decidedNotice(caller, decided), Optional.empty());
        } catch (InvariantViolation invalid) {
            return approvalList(caller, null, "", Optional.of(new LeaveRow.Refused(id, FormErrors.of(invalid, DECISION_FIELDS))));
        }
    }

    /** What the decision did and what follows: the next step and who takes it, or who was told of the outcome. */
    private String decidedNotice(ActingCaller caller, LeaveRequest decided) {
        String deputy = deputies.find(caller, decided.deputy()).person().name().value();
        String what = rows(caller).what(decided);
        if (decided.state() == LeaveState.PENDING) {
            ApprovalStep next = decided.currentStep().orElseThrow();
            return ConsoleText.text("leave.passed", deputy, what, LeaveRow.who(next), LeaveRow.action(next));
        }
        String filed = decided.chain().filedBy().map(office -> ConsoleText.text("leave.filed", StepActor.of(office).label())).orElse("");
        return ConsoleText.text("leave.decided." + decided.state().name(), deputy, what, decided.chain().citation(), filed);
    }

    private Map<String, Object> requestList(ActingCaller caller, @Nullable String after, String notice) {
        Rows rows = rows(caller);
        var requests = ListPage.of(leave.list(caller, Optional.empty(), KeysetRequest.of(after, null, true)),
                request -> rows.row(request, Optional.empty()), "", after != null);
        boolean ownSeat = DeputyAccess.GRANTS.allows(caller, DeputyAccess.READ_OWN)
                && AttendanceAccess.GRANTS.allows(caller, AttendanceAccess.FILE_LEAVE);
        List<Session> open = ownSeat ? sessions.list(caller, OPEN_SESSIONS).items().stream().filter(s -> !s.closed()).toList() : List.of();
        Map<String, Object> model = new HashMap<>();
        model.put("frame", frames.of(caller, ConsoleText.text("leave.title")));
        model.put("requests", requests);
        model.put("sessions", open.stream().map(s -> new Frame.Link("/leave/new?session=" + s.id(),
                ConsoleText.text("leave.session", s.title(), ConsoleText.date(s.opensOn()), ConsoleText.date(s.closesOn())))).toList());
        model.put("notice", notice);
        return model;
    }

    private Map<String, Object> leaveForm(ActingCaller caller, LeaveForm form, FormErrors errors) {
        Session session = sessions.find(caller, Ids.parse("session", form.session(), SessionId::new));
        EffectiveProfile profile = profiles.effective(caller, session.opensOn());
        List<CodedName> reasons = Stream.of(LeaveFrom.WHOLE_SESSION, LeaveFrom.SESSION_MEETING)
                .flatMap(from -> ApprovalChains.allowedReasons(profile, from).stream()).distinct().toList();
        Map<String, Object> model = new HashMap<>();
        model.put("frame", frames.of(caller, ConsoleText.text("leave.new.title", session.title())));
        model.put("session", session.id().toString());
        model.put("meetings", session.meetings().stream().map(m -> new Frame.Link(m.id().toString(), meeting(m))).toList());
        model.put("reasons", reasons);
        model.put("form", form);
        model.put("errors", errors);
        return model;
    }

    private Map<String, Object> approvalList(ActingCaller caller, @Nullable Integer page, String notice, Optional<LeaveRow.Refused> refused) {
        Rows rows = rows(caller);
        Map<String, Object> model = new HashMap<>();
        model.put("frame", frames.of(caller, ConsoleText.text("leave.approvals.title")));
        model.put("waiting", ListPage.of(leave.awaiting(caller, PageRequest.of(page, null)), request -> rows.row(request, refused), ""));
        model.put("notice", notice);
        return model;
    }

    private Rows rows(ActingCaller caller) {
        return new Rows(caller, profiles.effective(caller, LegalDate.today(clock)));
    }

    /** Builds the rows of one page, reading each session and deputy once. */
    private final class Rows {

        private final ActingCaller caller;
        private final EffectiveProfile profile;
        private final Map<DeputyId, String> names = new HashMap<>();
        private final Map<SessionId, Session> read = new HashMap<>();

        Rows(ActingCaller caller, EffectiveProfile profile) {
            this.caller = caller;
            this.profile = profile;
        }

        LeaveRow row(LeaveRequest request, Optional<LeaveRow.Refused> refused) {
            String deputy = names.computeIfAbsent(request.deputy(), id -> deputies.find(caller, id).person().name().value());
            String reason = ApprovalChains.allowedReasons(profile, request.from()).stream()
                    .filter(r -> r.code().equals(request.reason())).map(CodedName::name).findFirst().orElse(request.reason());
            return LeaveRow.of(request, deputy, what(request), reason, refused);
        }

        /** What the leave is from: the session and, for some of its meetings, which; or the kind of activity. */
        String what(LeaveRequest request) {
            String from = Messages.label(request.from());
            if (request.session().isEmpty()) {
                return from;
            }
            Session session = read.computeIfAbsent(request.session().get(), id -> sessions.find(caller, id));
            if (request.from() == LeaveFrom.WHOLE_SESSION) {
                return session.title() + "（" + from + "）";
            }
            return session.title() + "：" + String.join("、", session.meetings().stream()
                    .filter(meeting -> request.meetings().contains(meeting.id())).map(LeaveController::meeting).toList());
        }
    }

    private static String meeting(SessionMeeting meeting) {
        return ConsoleText.date(meeting.date()) + Messages.label(meeting.halfDay()) + Messages.label(meeting.kind());
    }

    private static LeaveRequestId leaveId(String id) {
        return Ids.parse("id", id, LeaveRequestId::new);
    }

    /** Refuses a page the caller's roles in the acting congress are not granted, as the API refuses its route. */
    private static ActingCaller granted(ActingCaller caller, String operation) {
        if (!AttendanceAccess.GRANTS.allows(caller, operation)) {
            throw new AccessDenied(ConsoleText.text("denied"));
        }
        return caller;
    }

    @Serdeable
    record Decision(@Nullable String outcome, @Nullable String note, @Nullable String documentReference) {
    }
}
