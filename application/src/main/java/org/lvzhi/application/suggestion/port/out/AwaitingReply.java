package org.lvzhi.application.suggestion.port.out;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

/** A suggestion assigned and not yet answered, with its reply clock: what a handling unit's work list shows. */
public record AwaitingReply(SuggestionId id, String title, SuggestionState state, boolean complex, int round,
        LocalDate assignedOn, LocalDate replyDueOn, Optional<UnitId> leadUnit) {

    /** The suggestion as its work-list line; it must be assigned. */
    public static AwaitingReply of(Suggestion suggestion) {
        return new AwaitingReply(suggestion.id(), suggestion.title(), suggestion.state(), suggestion.complex(), suggestion.round(),
                suggestion.assignedOn().orElseThrow(), suggestion.replyDueOn().orElseThrow(), suggestion.leadUnit());
    }
}
