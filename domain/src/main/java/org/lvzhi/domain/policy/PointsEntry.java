package org.lvzhi.domain.policy;

import java.util.Optional;

/** Points per record of a type (negative for a penalty), capped per window where a cap is set. */
public record PointsEntry(String type, int points, Optional<Integer> cap, Optional<Window> capWindow) {

    public PointsEntry {
        cap = Absent.orEmpty(cap);
        capWindow = Absent.orEmpty(capWindow);
    }
}
