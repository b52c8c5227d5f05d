package org.lvzhi.application.suggestion.port.in;

import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionId;

/** Staff screen a submitted suggestion (HN-5): accept it, refuse it with the profile's category, or merge it. */
public interface ScreeningUseCases {

    Suggestion screen(ActingCaller caller, SuggestionId id, ScreenCommand command);

    /** Merges the suggestion into another of the same term; answers the one merged into, its sponsors joined. */
    Suggestion merge(ActingCaller caller, SuggestionId id, SuggestionId into);

    /** Records that a proposed merge is wrong, so the pair is not proposed again. */
    Suggestion dismissMerge(ActingCaller caller, SuggestionId id, SuggestionId candidate);
}
