package org.lvzhi.application.suggestion.port.in;

import java.util.Optional;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionId;

/**
 * An accepted suggestion handled: staff assign, urge, decide extensions, re-assign and close; the lead handling unit
 * explains progress, asks for the longer period and replies; the sponsor gives feedback and evaluates the units.
 */
public interface HandlingUseCases {

    Suggestion assign(ActingCaller caller, SuggestionId id, AssignCommand command);

    Suggestion reportProgress(ActingCaller caller, SuggestionId id, String explanation);

    Suggestion requestExtension(ActingCaller caller, SuggestionId id, String reason);

    Suggestion decideExtension(ActingCaller caller, SuggestionId id, boolean approve, Optional<String> note);

    Suggestion urge(ActingCaller caller, SuggestionId id, Optional<String> note);

    Suggestion reply(ActingCaller caller, SuggestionId id, ReplyCommand command);

    Suggestion feedback(ActingCaller caller, SuggestionId id, FeedbackCommand command);

    /** Re-assigns after a dissatisfied feedback; without units, to the same ones. */
    Suggestion reassign(ActingCaller caller, SuggestionId id, Optional<AssignCommand> command);

    Suggestion evaluate(ActingCaller caller, SuggestionId id, EvaluationCommand command);

    Suggestion close(ActingCaller caller, SuggestionId id, Optional<String> note);
}
