package org.lvzhi.domain.suggestion;

import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.shared.Checks;

/** A unit a suggestion is assigned to (交办), as lead or co-handler. */
public record HandlingUnit(UnitId unit, HandlingRole role) {

    public HandlingUnit {
        Checks.required("unitId", unit);
        Checks.required("role", role);
    }
}
