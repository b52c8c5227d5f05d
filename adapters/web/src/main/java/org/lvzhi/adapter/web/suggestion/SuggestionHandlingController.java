package org.lvzhi.adapter.web.suggestion;

import static org.lvzhi.adapter.web.suggestion.SuggestionController.suggestionId;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Optional;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.suggestion.port.in.AssignCommand;
import org.lvzhi.application.suggestion.port.in.EvaluationCommand;
import org.lvzhi.application.suggestion.port.in.FeedbackCommand;
import org.lvzhi.application.suggestion.port.in.HandlingUseCases;
import org.lvzhi.application.suggestion.port.in.ReplyCommand;
import org.lvzhi.application.suggestion.port.in.SuggestionAccess;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Violations;
import org.lvzhi.domain.suggestion.Feedback;

/**
 * Handling a suggestion: staff assign, urge, decide extensions, re-assign and close; the lead handling unit explains
 * progress, asks for the longer period and replies; the sponsor gives feedback and evaluates the units.
 */
@Controller("/api/v1/suggestions/{id}")
class SuggestionHandlingController {

    private final HandlingUseCases handling;

    SuggestionHandlingController(HandlingUseCases handling) {
        this.handling = handling;
    }

    /** Assigns a suggestion to a lead handling unit and co-handling units. */
    @Post("/assignment")
    @Allowed(SuggestionAccess.HANDLE)
    SuggestionResponse assign(ActingCaller caller, @PathVariable String id, @Body AssignRequest request) {
        return SuggestionResponse.of(handling.assign(caller, suggestionId(id), request.toCommand()));
    }

    /** Re-assignment after a dissatisfied feedback; without a lead unit, to the same units. */
    @Post("/reassignment")
    @Allowed(SuggestionAccess.HANDLE)
    SuggestionResponse reassign(ActingCaller caller, @PathVariable String id, @Body AssignRequest request) {
        Optional<AssignCommand> units = request.leadUnitId() == null || request.leadUnitId().isBlank()
                ? Optional.empty() : Optional.of(request.toCommand());
        return SuggestionResponse.of(handling.reassign(caller, suggestionId(id), units));
    }

    /** Urges the handling units of a suggestion. */
    @Post("/urgings")
    @Allowed(SuggestionAccess.HANDLE)
    SuggestionResponse urge(ActingCaller caller, @PathVariable String id, @Body NoteRequest request) {
        return SuggestionResponse.of(handling.urge(caller, suggestionId(id), request.optionalNote()));
    }

    /** Grants or refuses the longer reply period a handling unit asked for. */
    @Post("/extension-decision")
    @Allowed(SuggestionAccess.HANDLE)
    SuggestionResponse decideExtension(ActingCaller caller, @PathVariable String id, @Body ExtensionDecisionRequest request) {
        boolean approve = Checks.required("approve", request.approve());
        return SuggestionResponse.of(handling.decideExtension(caller, suggestionId(id), approve,
                Optional.ofNullable(request.note()).filter(n -> !n.isBlank())));
    }

    /** Closes a suggestion's handling. */
    @Post("/closure")
    @Allowed(SuggestionAccess.HANDLE)
    SuggestionResponse close(ActingCaller caller, @PathVariable String id, @Body NoteRequest request) {
        return SuggestionResponse.of(handling.close(caller, suggestionId(id), request.optionalNote()));
    }

    /** Reports, as the lead handling unit, how the handling progresses. */
    @Post("/progress-reports")
    @Allowed(SuggestionAccess.ANSWER)
    SuggestionResponse reportProgress(ActingCaller caller, @PathVariable String id, @Body NoteRequest request) {
        String text = Checks.text("note", request.note(), 2000);
        return SuggestionResponse.of(handling.reportProgress(caller, suggestionId(id), text));
    }

    /** Asks, as the lead handling unit, for the longer reply period. */
    @Post("/extension-requests")
    @Allowed(SuggestionAccess.ANSWER)
    SuggestionResponse requestExtension(ActingCaller caller, @PathVariable String id, @Body NoteRequest request) {
        String reason = Checks.text("note", request.note(), 2000);
        return SuggestionResponse.of(handling.requestExtension(caller, suggestionId(id), reason));
    }

    /** Replies, as the lead handling unit, to the suggestion. */
    @Post("/replies")
    @Allowed(SuggestionAccess.ANSWER)
    SuggestionResponse reply(ActingCaller caller, @PathVariable String id, @Body ReplyRequest request) {
        Violations violations = new Violations();
        ReplyCommand command = violations.check(() -> new ReplyCommand(request.answer(), request.signedBy()));
        violations.throwIfAny();
        return SuggestionResponse.of(handling.reply(caller, suggestionId(id), command));
    }

    /** Gives the sponsor's verdict on the reply (satisfied, basically satisfied, dissatisfied). */
    @Post("/feedback")
    @Allowed(SuggestionAccess.SPONSOR)
    SuggestionResponse feedback(ActingCaller caller, @PathVariable String id, @Body FeedbackRequest request) {
        Feedback verdict = Checks.oneOf("verdict", Feedback.class, request.verdict());
        return SuggestionResponse.of(handling.feedback(caller, suggestionId(id),
                new FeedbackCommand(verdict, Optional.ofNullable(request.reasons()))));
    }

    /** JD-19: the sponsor's evaluation of one handling unit's attitude and handling. */
    @Post("/evaluations")
    @Allowed(SuggestionAccess.SPONSOR)
    SuggestionResponse evaluate(ActingCaller caller, @PathVariable String id, @Body EvaluationRequest request) {
        Violations violations = new Violations();
        UnitId unit = violations.check(() -> Ids.parse("unitId", request.unitId(), UnitId::new));
        Feedback attitude = violations.check(() -> Checks.oneOf("attitude", Feedback.class, request.attitude()));
        Feedback handled = violations.check(() -> Checks.oneOf("handling", Feedback.class, request.handling()));
        violations.throwIfAny();
        return SuggestionResponse.of(handling.evaluate(caller, suggestionId(id), new EvaluationCommand(unit, attitude, handled)));
    }

    @Serdeable
    record AssignRequest(@Nullable String leadUnitId, @Nullable List<String> coUnitIds, @Nullable Boolean complex) {

        AssignCommand toCommand() {
            return AssignCommand.of(leadUnitId, coUnitIds, Boolean.TRUE.equals(complex));
        }
    }

    @Serdeable
    record NoteRequest(@Nullable String note) {

        Optional<String> optionalNote() {
            return Optional.ofNullable(note).filter(n -> !n.isBlank());
        }
    }

    @Serdeable
    record ExtensionDecisionRequest(@Nullable Boolean approve, @Nullable String note) {
    }

    @Serdeable
    record ReplyRequest(@Nullable String answer, @Nullable String signedBy) {
    }

    @Serdeable
    record FeedbackRequest(@Nullable String verdict, @Nullable String reasons) {
    }

    @Serdeable
    record EvaluationRequest(@Nullable String unitId, @Nullable String attitude, @Nullable String handling) {
    }
}
