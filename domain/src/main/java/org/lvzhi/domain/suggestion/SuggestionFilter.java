package org.lvzhi.domain.suggestion;

import java.util.Optional;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.shared.Checks;

/** Which suggestions a list shows: in a state, assigned to a unit; both optional. */
public record SuggestionFilter(Optional<SuggestionState> state, Optional<UnitId> unit) {

    public SuggestionFilter {
        Checks.required("state", state);
        Checks.required("unitId", unit);
    }

    public static SuggestionFilter all() {
        return new SuggestionFilter(Optional.empty(), Optional.empty());
    }
}
