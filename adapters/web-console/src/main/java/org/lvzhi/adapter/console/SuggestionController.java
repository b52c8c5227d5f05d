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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.application.suggestion.port.in.FilingUseCases;
import org.lvzhi.application.suggestion.port.in.ScreenCommand;
import org.lvzhi.application.suggestion.port.in.ScreeningDecision;
import org.lvzhi.application.suggestion.port.in.ScreeningUseCases;
import org.lvzhi.application.suggestion.port.in.SuggestionAccess;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

/**
 * Suggestions (建议、批评和意见) at the console: the list each caller may read, a deputy files one, and staff screen
 * a submitted one against its near-duplicates (accept, refuse with the profile's category, merge, or dismiss a
 * proposed merge). Handling after screening is {@link SuggestionHandlingController}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SuggestionController {

    private static final Set<String> FILING_FIELDS = Set.of("title", "content");

    private final ActingInCongress acting;
    private final Frames frames;
    private final SuggestionPages pages;
    private final FilingUseCases filing;
    private final ScreeningUseCases screening;

    SuggestionController(ActingInCongress acting, Frames frames, SuggestionPages pages, FilingUseCases filing,
                         ScreeningUseCases screening) {
        this.acting = acting;
        this.frames = frames;
        this.pages = pages;
        this.filing = filing;
        this.screening = screening;
    }

    @Get("/suggestions")
    @View("suggestions")
    Map<String, Object> list(@Nullable Principal principal, HttpRequest<?> request, @Nullable @QueryValue SuggestionState state,
                             @Nullable @QueryValue String after) {
        ActingCaller caller = granted(acting.caller(principal, request), SuggestionAccess.READ);
        return pages.list(caller, Optional.ofNullable(state), state == null ? "" : "state=" + URLEncoder.encode(state.name(),
                StandardCharsets.UTF_8), after);
    }

    @Get("/suggestions/new")
    @View("suggestion-form")
    Map<String, Object> form(@Nullable Principal principal, HttpRequest<?> request) {
        ActingCaller caller = granted(acting.caller(principal, request), SuggestionAccess.SPONSOR);
        return filingForm(caller, new SuggestionForm("", ""), FormErrors.NONE);
    }

    /** Drafts and submits in one step, as a deputy at a phone files one: the answer is the suggestion's own page. */
    @Post(value = "/suggestions", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> file(@Nullable Principal principal, HttpRequest<?> request, @Body SuggestionForm form) {
        ActingCaller caller = granted(acting.caller(principal, request), SuggestionAccess.SPONSOR);
        Suggestion submitted;
        try {
            submitted = filing.submit(caller, filing.draft(caller, form.toCommand()).id());
        } catch (InvariantViolation invalid) {
            return new ModelAndView<>("suggestion-form", filingForm(caller, form, FormErrors.of(invalid, FILING_FIELDS)));
        }
        return new ModelAndView<>("suggestion", pages.page(caller, submitted.id(),
                ConsoleText.text("suggestion.filed", submitted.title()), "", FormErrors.NONE));
    }

    @Get("/suggestions/{id}")
    @View("suggestion")
    Map<String, Object> show(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id) {
        ActingCaller caller = granted(acting.caller(principal, request), SuggestionAccess.READ);
        return pages.page(caller, suggestionId(id), "", "", FormErrors.NONE);
    }

    @Post(value = "/suggestions/{id}/screening", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("suggestion")
    Map<String, Object> screen(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id, @Body Screening form) {
        ActingCaller caller = acting.caller(principal, request);
        return pages.acted(caller, suggestionId(id), "screen", Set.of("decision", "category", "note"), () -> {
            Suggestion screened = screening.screen(caller, suggestionId(id), new ScreenCommand(
                    Checks.oneOf("decision", ScreeningDecision.class, form.decision()), present(form.category()), present(form.note())));
            return screened.state() == SuggestionState.ACCEPTED ? ConsoleText.text("suggestion.accepted", screened.title())
                    : ConsoleText.text("suggestion.refused", screened.refusal().orElse(""));
        });
    }

    @Post(value = "/suggestions/{id}/merge", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("suggestion")
    Map<String, Object> merge(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id, @Body Candidate form) {
        ActingCaller caller = acting.caller(principal, request);
        return pages.acted(caller, suggestionId(id), "screen", Set.of(), () -> ConsoleText.text("suggestion.merged",
                screening.merge(caller, suggestionId(id), Ids.parse("candidate", form.candidate(), SuggestionId::new)).title()));
    }

    @Post(value = "/suggestions/{id}/merge-dismissal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("suggestion")
    Map<String, Object> dismissMerge(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id,
                                     @Body Candidate form) {
        ActingCaller caller = acting.caller(principal, request);
        return pages.acted(caller, suggestionId(id), "screen", Set.of(), () -> {
            screening.dismissMerge(caller, suggestionId(id), Ids.parse("candidate", form.candidate(), SuggestionId::new));
            return ConsoleText.text("suggestion.merge-dismissed");
        });
    }

    private Map<String, Object> filingForm(ActingCaller caller, SuggestionForm form, FormErrors errors) {
        return Map.of("frame", frames.of(caller, ConsoleText.text("suggestion.new")), "form", form, "errors", errors);
    }

    static SuggestionId suggestionId(String id) {
        return Ids.parse("id", id, SuggestionId::new);
    }

    static Optional<String> present(@Nullable String text) {
        return Optional.ofNullable(text).filter(t -> !t.isBlank());
    }

    /** Refuses a page the caller's roles in the acting congress are not granted, as the API refuses its route. */
    static ActingCaller granted(ActingCaller caller, String operation) {
        if (!SuggestionAccess.GRANTS.allows(caller, operation)) {
            throw new AccessDenied(ConsoleText.text("denied"));
        }
        return caller;
    }

    @Serdeable
    record Screening(@Nullable String decision, @Nullable String category, @Nullable String note) {
    }

    @Serdeable
    record Candidate(@Nullable String candidate) {
    }
}
