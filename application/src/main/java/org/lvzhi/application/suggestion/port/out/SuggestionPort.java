package org.lvzhi.application.suggestion.port.out;

import java.util.List;
import java.util.Optional;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionFilter;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

/** The acting congress's suggestions with their handling units and every action taken on them. */
public interface SuggestionPort {

    void add(Suggestion suggestion);

    /** Stores the suggestion as it now stands; its actions are only ever appended. */
    void update(Suggestion suggestion);

    Optional<Suggestion> find(SuggestionId id);

    /** The suggestion, locked against concurrent changes until the transaction ends. */
    Optional<Suggestion> lock(SuggestionId id);

    /** Newest first, within the scope and the filter. */
    Slice<Suggestion> list(SuggestionScope scope, SuggestionFilter filter, KeysetRequest page);

    /** Assigned and not yet answered, within the scope, earliest reply due first; one statement. */
    Slice<AwaitingReply> awaitingReply(SuggestionScope scope, KeysetRequest page);

    /** The term's suggestions in the given states: what near-duplicates are looked for among. */
    List<Suggestion> ofTerm(TermId term, List<SuggestionState> states);
}
