package org.lvzhi.application.suggestion.port.in;

import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionId;

/** A deputy drafts a suggestion, revises the draft and submits it. */
public interface FilingUseCases {

    Suggestion draft(ActingCaller caller, DraftSuggestionCommand command);

    Suggestion revise(ActingCaller caller, SuggestionId id, DraftSuggestionCommand command);

    /** Submits the draft; a SUGGESTION duty record is filed for the sponsor and each co-sponsor. */
    Suggestion submit(ActingCaller caller, SuggestionId id);
}
