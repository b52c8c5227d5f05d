package org.lvzhi.adapter.console;

import static org.lvzhi.adapter.console.SuggestionController.present;
import static org.lvzhi.adapter.console.SuggestionController.suggestionId;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.application.suggestion.port.in.AssignCommand;
import org.lvzhi.application.suggestion.port.in.FeedbackCommand;
import org.lvzhi.application.suggestion.port.in.HandlingUseCases;
import org.lvzhi.application.suggestion.port.in.ReplyCommand;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.suggestion.Feedback;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

/**
 * A suggestion handled at the console: staff assign it (lead and co-handling units), urge, decide an extension,
 * re-assign after a dissatisfied feedback and close; the lead handling unit explains progress, asks for the longer
 * period and replies, signed by its head; the sponsor gives feedback. Each answer says what was done and what follows.
 */
@Controller("/suggestions/{id}")
@Secured(SecurityRule.IS_ANONYMOUS)
class SuggestionHandlingController {

    private static final Set<String> NOTE = Set.of("note");

    private final ActingInCongress acting;
    private final SuggestionPages pages;
    private final HandlingUseCases handling;

    SuggestionHandlingController(ActingInCongress acting, SuggestionPages pages, HandlingUseCases handling) {
        this.acting = acting;
        this.pages = pages;
        this.handling = handling;
    }

    @Post(value = "/assignment", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("suggestion")
    Map<String, Object> assign(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id, @Body Assignment form) {
        return act(principal, request, id, "assign", Set.of("leadUnitId", "coUnitIds"), (caller, suggestion) -> {
            Suggestion assigned = handling.assign(caller, suggestion, form.toCommand());
            return ConsoleText.text(assigned.complex() ? "suggestion.assigned-complex" : "suggestion.assigned",
                    SuggestionPages.due(assigned.replyDueOn()));
        });
    }

    @Post(value = "/reassignment", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("suggestion")
    Map<String, Object> reassign(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id) {
        return act(principal, request, id, "reassign", Set.of(), (caller, suggestion) -> ConsoleText.text("suggestion.reassigned",
                SuggestionPages.due(handling.reassign(caller, suggestion, Optional.empty()).replyDueOn())));
    }

    @Post(value = "/urging", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("suggestion")
    Map<String, Object> urge(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id, @Body Note form) {
        return act(principal, request, id, "urge", NOTE, (caller, suggestion) -> {
            handling.urge(caller, suggestion, present(form.note()));
            return ConsoleText.text("suggestion.urged");
        });
    }

    @Post(value = "/extension-decision", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("suggestion")
    Map<String, Object> decideExtension(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id,
                                        @Body Decision form) {
        return act(principal, request, id, "decide", NOTE, (caller, suggestion) -> {
            boolean approve = "APPROVE".equals(form.decision());
            Suggestion decided = handling.decideExtension(caller, suggestion, approve, present(form.note()));
            return ConsoleText.text(approve ? "suggestion.extension-approved" : "suggestion.extension-refused",
                    SuggestionPages.due(decided.replyDueOn()));
        });
    }

    @Post(value = "/closure", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("suggestion")
    Map<String, Object> close(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id, @Body Note form) {
        return act(principal, request, id, "close", NOTE, (caller, suggestion) -> {
            handling.close(caller, suggestion, present(form.note()));
            return ConsoleText.text("suggestion.closed");
        });
    }

    @Post(value = "/progress", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("suggestion")
    Map<String, Object> reportProgress(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id,
                                       @Body Progress form) {
        return act(principal, request, id, "progress", Set.of("text"), (caller, suggestion) -> ConsoleText.text("suggestion.progress",
                SuggestionPages.due(handling.reportProgress(caller, suggestion, form.text()).replyDueOn())));
    }

    @Post(value = "/extension-request", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("suggestion")
    Map<String, Object> requestExtension(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id,
                                         @Body Extension form) {
        return act(principal, request, id, "extension", Set.of("reason"), (caller, suggestion) -> ConsoleText.text(
                "suggestion.extension-requested",
                SuggestionPages.due(handling.requestExtension(caller, suggestion, form.reason()).replyDueOn())));
    }

    @Post(value = "/reply", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("suggestion")
    Map<String, Object> reply(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id, @Body Reply form) {
        return act(principal, request, id, "reply", Set.of("answer", "signedBy"), (caller, suggestion) -> {
            ReplyCommand command = new ReplyCommand(form.answer(), form.signedBy());
            handling.reply(caller, suggestion, command);
            return ConsoleText.text("suggestion.replied", command.signedBy());
        });
    }

    @Post(value = "/feedback", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("suggestion")
    Map<String, Object> feedback(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id, @Body Verdict form) {
        return act(principal, request, id, "feedback", Set.of("verdict", "reasons"), (caller, suggestion) -> {
            Feedback verdict = Checks.oneOf("verdict", Feedback.class, form.verdict());
            Suggestion given = handling.feedback(caller, suggestion, new FeedbackCommand(verdict, present(form.reasons())));
            return ConsoleText.text(given.state() == SuggestionState.DISSATISFIED ? "suggestion.feedback-rehandling"
                    : "suggestion.feedback-closed", Messages.label(verdict));
        });
    }

    /** An action on the suggestion by the caller acting in the congress; the use case judges whether they may. */
    private interface Action {
        String apply(ActingCaller caller, SuggestionId suggestion);
    }

    private Map<String, Object> act(@Nullable Principal principal, HttpRequest<?> request, String id, String form, Set<String> fields,
                                    Action action) {
        ActingCaller caller = acting.caller(principal, request);
        SuggestionId suggestion = suggestionId(id);
        return pages.acted(caller, suggestion, form, fields, () -> action.apply(caller, suggestion));
    }

    @Serdeable
    record Assignment(@Nullable String leadUnitId, @Nullable List<String> coUnitIds, @Nullable String complex) {

        AssignCommand toCommand() {
            return AssignCommand.of(leadUnitId, coUnitIds, complex != null);
        }
    }

    @Serdeable
    record Note(@Nullable String note) {
    }

    @Serdeable
    record Progress(@Nullable String text) {
    }

    @Serdeable
    record Extension(@Nullable String reason) {
    }

    @Serdeable
    record Decision(@Nullable String decision, @Nullable String note) {
    }

    @Serdeable
    record Reply(@Nullable String answer, @Nullable String signedBy) {
    }

    @Serdeable
    record Verdict(@Nullable String verdict, @Nullable String reasons) {
    }
}
