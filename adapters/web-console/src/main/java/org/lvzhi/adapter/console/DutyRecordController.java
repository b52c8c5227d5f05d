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
import org.lvzhi.application.deputy.port.in.DeputyQueries;
import org.lvzhi.application.duty.port.in.DutyAccess;
import org.lvzhi.application.duty.port.in.DutyRecordUseCases;
import org.lvzhi.application.duty.port.in.ReviewDecision;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.DutyRecordId;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.shared.InvariantViolation;

/**
 * Duty records (履职登记) at the console: a deputy self-registers one of the types their profile lets them register,
 * and staff review the queue (confirm, or reject with a reason). Each answer says what was done and what follows.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class DutyRecordController {

    private static final Set<String> REVIEW_FIELDS = Set.of("reason");

    private final ActingInCongress acting;
    private final Frames frames;
    private final DutyRecordUseCases records;
    private final DeputyQueries deputies;
    private final PolicyProfileQueries profiles;
    private final Clock clock;

    DutyRecordController(ActingInCongress acting, Frames frames, DutyRecordUseCases records, DeputyQueries deputies,
                         PolicyProfileQueries profiles, Clock clock) {
        this.acting = acting;
        this.frames = frames;
        this.records = records;
        this.deputies = deputies;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Get("/records/new")
    @View("record-form")
    Map<String, Object> form(@Nullable Principal principal, HttpRequest<?> request) {
        ActingCaller caller = acting.granted(principal, request, DutyAccess.GRANTS, DutyAccess.RECORD_OWN);
        return recordForm(caller, RecordForm.EMPTY, FormErrors.NONE, "");
    }

    @Post(value = "/records", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("record-form")
    Map<String, Object> selfRegister(@Nullable Principal principal, HttpRequest<?> request, @Body RecordForm form) {
        ActingCaller caller = acting.granted(principal, request, DutyAccess.GRANTS, DutyAccess.RECORD_OWN);
        try {
            DutyRecord record = records.selfRegister(caller, form.toCommand());
            return recordForm(caller, RecordForm.EMPTY, FormErrors.NONE, ConsoleText.text("record.registered",
                    typeName(caller, record.type()), ConsoleText.date(record.date())));
        } catch (InvariantViolation invalid) {
            return recordForm(caller, form, FormErrors.of(invalid, RecordForm.FIELDS), "");
        }
    }

    @Get("/reviews")
    @View("reviews")
    Map<String, Object> queue(@Nullable Principal principal, HttpRequest<?> request, @Nullable @QueryValue String after) {
        ActingCaller caller = acting.granted(principal, request, DutyAccess.GRANTS, DutyAccess.READ_REVIEW_QUEUE);
        return reviewQueue(caller, after, "", Optional.empty());
    }

    @Post(value = "/reviews/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("reviews")
    Map<String, Object> review(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id, @Body Review review) {
        ActingCaller caller = acting.granted(principal, request, DutyAccess.GRANTS, DutyAccess.REVIEW);
        DutyRecordId recordId = Ids.parse("id", id, DutyRecordId::new);
        try {
            DutyRecord reviewed = records.review(caller, recordId, review.decision(),
                    Optional.ofNullable(review.reason()).filter(reason -> !reason.isBlank()));
            String deputy = deputies.find(caller, reviewed.deputy()).person().name().value();
            return reviewQueue(caller, null, ConsoleText.text("review.done." + review.decision().name(), deputy,
                    typeName(caller, reviewed.type()), ConsoleText.date(reviewed.date())), Optional.empty());
        } catch (InvariantViolation invalid) {
            return reviewQueue(caller, null, "", Optional.of(new ReviewRow.Refused(id, FormErrors.of(invalid, REVIEW_FIELDS))));
        }
    }

    private Map<String, Object> recordForm(ActingCaller caller, RecordForm form, FormErrors errors, String notice) {
        List<ActivityType> types = profile(caller).activityTypes().stream().map(Sourced::value)
                .filter(ActivityType::selfRegistration).toList();
        return Map.of("frame", frames.of(caller, ConsoleText.text("record.title")), "types", types, "form", form,
                "errors", errors, "notice", notice, "today", LegalDate.today(clock).toString());
    }

    private Map<String, Object> reviewQueue(ActingCaller caller, @Nullable String after, String notice,
                                            Optional<ReviewRow.Refused> refused) {
        EffectiveProfile profile = profile(caller);
        var queue = ListPage.of(records.reviewQueue(caller, KeysetRequest.of(after, null, true)), record -> ReviewRow.of(record,
                deputies.find(caller, record.deputy()).person().name().value(),
                profile.activityType(record.type()).map(ActivityType::name).orElse(record.type()), refused), "",
                after != null);
        Map<String, Object> model = new HashMap<>();
        model.put("frame", frames.of(caller, ConsoleText.text("reviews.title")));
        model.put("queue", queue);
        model.put("notice", notice);
        return model;
    }

    private EffectiveProfile profile(ActingCaller caller) {
        return profiles.effective(caller, LegalDate.today(clock));
    }

    private String typeName(ActingCaller caller, String type) {
        return profile(caller).activityType(type).map(ActivityType::name).orElse(type);
    }

    @Serdeable
    record Review(ReviewDecision decision, @Nullable String reason) {
    }
}
