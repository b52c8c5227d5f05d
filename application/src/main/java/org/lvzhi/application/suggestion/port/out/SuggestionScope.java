package org.lvzhi.application.suggestion.port.out;

import java.util.Set;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;

/** Whose suggestions a caller sees. */
public sealed interface SuggestionScope {

    /** Staff: every suggestion past its draft. */
    record Submitted() implements SuggestionScope {
    }

    /** A deputy: those they sponsor or co-sponsor, drafts included. */
    record SponsoredBy(DeputyId deputy) implements SuggestionScope {
    }

    /** A handling unit's user: those currently assigned to one of the units. */
    record HandledBy(Set<UnitId> units) implements SuggestionScope {

        public HandledBy {
            units = Set.copyOf(units);
        }
    }
}
