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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lvzhi.application.congress.port.in.TermUseCases;
import org.lvzhi.application.deadline.port.in.DeadlineAccess;
import org.lvzhi.application.deadline.port.in.DeadlineQueries;
import org.lvzhi.application.deputy.port.in.DeputyQueries;
import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.duty.port.in.AttendanceCommand;
import org.lvzhi.application.duty.port.in.AttendanceOutcome;
import org.lvzhi.application.duty.port.in.DutyAccess;
import org.lvzhi.application.duty.port.in.DutyActivityUseCases;
import org.lvzhi.application.duty.port.in.NoticeRecorded;
import org.lvzhi.application.duty.port.in.ScheduledActivity;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.shared.InvariantViolation;

/**
 * Duty activities at the liaison office's desk: the list, scheduling one with the deputies it invites (the profile's
 * lead-time warnings shown with the notice clocks it started), recording each notice as sent, and the attendance
 * sheet. Each answer says what was done and what follows.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ActivityController {

    /** The deputies offered for invitation: the register's first page at the largest size. */
    private static final KeysetRequest INVITABLE = new KeysetRequest(Optional.empty(), PageRequest.MAX_SIZE);

    private final ActingInCongress acting;
    private final Frames frames;
    private final DutyActivityUseCases activities;
    private final DeputyQueries deputies;
    private final TermUseCases terms;
    private final PolicyProfileQueries profiles;
    private final DeadlineQueries deadlines;
    private final Clock clock;

    ActivityController(ActingInCongress acting, Frames frames, DutyActivityUseCases activities, DeputyQueries deputies,
                       TermUseCases terms, PolicyProfileQueries profiles, DeadlineQueries deadlines, Clock clock) {
        this.acting = acting;
        this.frames = frames;
        this.activities = activities;
        this.deputies = deputies;
        this.terms = terms;
        this.profiles = profiles;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Get("/activities")
    @View("activities")
    Map<String, Object> list(@Nullable Principal principal, HttpRequest<?> request, @Nullable @QueryValue Integer page) {
        ActingCaller caller = acting.granted(principal, request, DutyAccess.GRANTS, DutyAccess.READ_ACTIVITIES);
        var found = activities.list(caller, PageRequest.of(page, null));
        return Map.of("frame", frames.of(caller, ConsoleText.text("activities.title")),
                "activities", ListPage.of(found, activity -> ActivityRow.of(activity, typeName(caller, activity.type())), ""),
                "organises", DutyAccess.GRANTS.allows(caller, DutyAccess.ORGANISE));
    }

    @Get("/activities/new")
    @View("activity-form")
    Map<String, Object> form(@Nullable Principal principal, HttpRequest<?> request) {
        ActingCaller caller = acting.granted(principal, request, DutyAccess.GRANTS, DutyAccess.ORGANISE);
        return activityForm(caller, ActivityForm.EMPTY, FormErrors.NONE);
    }

    /** Scheduled, the answer is the activity's page; refused, the form again with its errors. */
    @Post(value = "/activities", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> schedule(@Nullable Principal principal, HttpRequest<?> request, @Body ActivityForm form) {
        ActingCaller caller = acting.granted(principal, request, DutyAccess.GRANTS, DutyAccess.ORGANISE);
        try {
            ScheduledActivity scheduled = activities.schedule(caller, form.toCommand());
            DutyActivity activity = scheduled.activity();
            List<String> notices = new ArrayList<>();
            notices.add(ConsoleText.text("activity.scheduled", activity.title(), ConsoleText.date(activity.date()),
                    activity.invited().size()));
            scheduled.deadlines().forEach(clock -> notices.add(ConsoleText.text("activity.clock", clock.what(),
                    ConsoleText.date(clock.dueOn()), clock.article())));
            return new ModelAndView<>("activity", activityPage(caller, activity, notices,
                    scheduled.warnings().stream().map(ScheduledActivity.NoticeWarning::message).toList()));
        } catch (InvariantViolation invalid) {
            return new ModelAndView<>("activity-form", activityForm(caller, form, FormErrors.of(invalid, ActivityForm.FIELDS)));
        }
    }

    @Get("/activities/{id}")
    @View("activity")
    Map<String, Object> show(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id) {
        ActingCaller caller = acting.granted(principal, request, DutyAccess.GRANTS, DutyAccess.READ_ACTIVITIES);
        return activityPage(caller, activities.find(caller, activityId(id)), List.of(), List.of());
    }

    @Post(value = "/activities/{id}/notices", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("activity")
    Map<String, Object> recordNotice(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id,
                                     @Body Notice notice) {
        ActingCaller caller = acting.granted(principal, request, DutyAccess.GRANTS, DutyAccess.ORGANISE);
        DutyActivityId activity = activityId(id);
        NoticeRecorded recorded = activities.recordNotice(caller, activity, notice.rule());
        String outstanding = recorded.outstanding().isEmpty() ? ConsoleText.text("activity.notices-done")
                : ConsoleText.text("activity.notices-outstanding", String.join("、", recorded.outstanding()));
        return activityPage(caller, activities.find(caller, activity), List.of(ConsoleText.text("activity.notice-recorded",
                recorded.rule(), ConsoleText.date(recorded.sentOn()), recorded.clocksStopped()) + outstanding), List.of());
    }

    @Post(value = "/activities/{id}/attendance", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("activity")
    Map<String, Object> registerAttendance(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id,
                                           @Body AttendanceSheet sheet) {
        ActingCaller caller = acting.granted(principal, request, DutyAccess.GRANTS, DutyAccess.ORGANISE);
        DutyActivityId activity = activityId(id);
        try {
            AttendanceOutcome outcome = activities.registerAttendance(caller, activity, sheet.toCommand());
            String absent = outcome.absences().stream().map(absence -> name(caller, absence.deputy()) + "（"
                    + ConsoleText.text(absence.approved() ? "absence.approved" : "absence.unapproved") + "）")
                    .collect(Collectors.joining("、"));
            return activityPage(caller, activities.find(caller, activity), List.of(ConsoleText.text("activity.attendance",
                    outcome.records().size(), outcome.absences().size(), absent.isEmpty() ? "—" : absent)), List.of());
        } catch (InvariantViolation invalid) {
            Map<String, Object> page = activityPage(caller, activities.find(caller, activity), List.of(), List.of());
            page.put("errors", FormErrors.of(invalid, Set.of()));
            return page;
        }
    }

    private Map<String, Object> activityForm(ActingCaller caller, ActivityForm form, FormErrors errors) {
        LocalDate today = LegalDate.today(clock);
        List<Term> congressTerms = terms.list(caller.congress());
        String current = congressTerms.stream().filter(term -> term.covers(today)).findFirst()
                .or(() -> congressTerms.stream().findFirst()).map(term -> term.id().value().toString()).orElse("");
        ActivityForm shown = form == ActivityForm.EMPTY ? new ActivityForm(current, "", "", "", "", List.of()) : form;
        return Map.of("frame", frames.of(caller, ConsoleText.text("activity.new")), "form", shown, "errors", errors,
                "terms", congressTerms.stream().collect(Collectors.toMap(term -> term.id().value().toString(),
                        term -> ConsoleText.text("term.label", term.number(), ConsoleText.date(term.startsOn()),
                                ConsoleText.date(term.endsOn())), (a, b) -> a, LinkedHashMap::new)),
                "types", profiles.effective(caller, today).activityTypes().stream().map(Sourced::value).toList(),
                "deputies", deputies.search(caller, new DeputySearch(Optional.empty(), Optional.empty(),
                        Optional.of(DeputyStatus.ACTIVE), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                        INVITABLE).items().stream().map(view -> new ActivityPage.Invitee(view.deputy().id().value().toString(),
                        view.person().name().value())).toList());
    }

    private Map<String, Object> activityPage(ActingCaller caller, DutyActivity activity, List<String> notices, List<String> warnings) {
        var clocks = DeadlineAccess.GRANTS.allows(caller, DeadlineAccess.READ_BOARD)
                ? deadlines.ofSubject(caller, "ACTIVITY", activity.id().toString()) : List.<DeadlineClock>of();
        ActivityPage page = ActivityPage.of(activity, typeName(caller, activity.type()), activity.invited().stream()
                .map(deputy -> new ActivityPage.Invitee(deputy.value().toString(), name(caller, deputy))).toList(), clocks);
        Map<String, Object> model = new HashMap<>();
        model.put("frame", frames.of(caller, activity.title()));
        model.put("activity", page);
        model.put("notices", notices);
        model.put("warnings", warnings);
        model.put("errors", FormErrors.NONE);
        model.put("organises", DutyAccess.GRANTS.allows(caller, DutyAccess.ORGANISE));
        return model;
    }

    private String typeName(ActingCaller caller, String type) {
        return profiles.effective(caller, LegalDate.today(clock)).activityType(type).map(ActivityType::name).orElse(type);
    }

    private String name(ActingCaller caller, DeputyId deputy) {
        return deputies.find(caller, deputy).person().name().value();
    }

    private static DutyActivityId activityId(String id) {
        return Ids.parse("id", id, DutyActivityId::new);
    }

    @Serdeable
    record Notice(@Nullable String rule) {
    }

    /**
     * The attendance sheet as posted: one mark per invitee, written {@code deputy-id:MARK}, each select of the sheet
     * bearing the same name so the form posts them as one list.
     */
    @Serdeable
    record AttendanceSheet(@Nullable List<String> mark) {

        AttendanceCommand toCommand() {
            List<DeputyId> attended = new ArrayList<>();
            List<DeputyId> confirmed = new ArrayList<>();
            for (String entry : mark == null ? List.<String>of() : mark) {
                String[] parts = entry.split(":", 2);
                DeputyId deputy = Ids.parse("mark", parts[0], DeputyId::new);
                switch (parts.length == 2 ? parts[1] : "") {
                    case "PRESENT" -> attended.add(deputy);
                    case "ABSENT_CONFIRMED" -> confirmed.add(deputy);
                    default -> {
                        // absent without having confirmed: the use case records it from the invitation alone
                    }
                }
            }
            return new AttendanceCommand(attended, confirmed);
        }
    }
}
