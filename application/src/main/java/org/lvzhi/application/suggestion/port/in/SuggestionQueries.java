package org.lvzhi.application.suggestion.port.in;

import java.util.List;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.suggestion.port.out.AwaitingReply;
import org.lvzhi.domain.suggestion.NearDuplicates;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionFilter;
import org.lvzhi.domain.suggestion.SuggestionId;

/**
 * Reading suggestions: staff read all but drafts; a deputy reads those they sponsor or co-sponsor; a handling unit
 * those assigned to it. Any other answers as if it did not exist.
 */
public interface SuggestionQueries {

    Slice<Suggestion> list(ActingCaller caller, SuggestionFilter filter, KeysetRequest page);

    /** The suggestions awaiting a reply that the caller may read, earliest reply due first; nothing is written. */
    Slice<AwaitingReply> awaitingReply(ActingCaller caller, KeysetRequest page);

    Suggestion find(ActingCaller caller, SuggestionId id);

    /** The names of its sponsors and of its lead unit's heads today, for whoever may read the suggestion. */
    SuggestionPeople people(ActingCaller caller, SuggestionId id);

    /** Suggestions of the same term proposed for merging with this one (HN-5), most alike first; staff only. */
    List<NearDuplicates.Candidate> mergeCandidates(ActingCaller caller, SuggestionId id);
}
