package org.lvzhi.application.suggestion;

import jakarta.inject.Singleton;
import java.util.List;
import org.lvzhi.application.suggestion.port.out.SuggestionPort;
import org.lvzhi.domain.suggestion.NearDuplicates;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionState;

/** The near-duplicates a suggestion may be merged with: of its term, still to be handled, not dismissed by staff. */
@Singleton
class MergeCandidates {

    /** Merging joins what is still to be handled: a suggestion submitted or accepted, not yet assigned. */
    static final List<SuggestionState> MERGEABLE = List.of(SuggestionState.SUBMITTED, SuggestionState.ACCEPTED);

    private final SuggestionPort suggestions;

    MergeCandidates(SuggestionPort suggestions) {
        this.suggestions = suggestions;
    }

    /** Inside the congress's transaction. */
    List<NearDuplicates.Candidate> of(Suggestion suggestion) {
        List<Suggestion> others = suggestions.ofTerm(suggestion.term(), MERGEABLE).stream()
                .filter(other -> !suggestion.dismissedMerges().contains(other.id()))
                .filter(other -> !other.dismissedMerges().contains(suggestion.id()))
                .toList();
        return NearDuplicates.of(suggestion, others);
    }
}
