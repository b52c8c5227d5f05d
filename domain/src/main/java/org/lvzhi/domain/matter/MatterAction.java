package org.lvzhi.domain.matter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.shared.Checks;

/** One step taken on a matter: what, on which day it happened, who recorded it when, with its note and unit. */
public record MatterAction(MatterStep step, LocalDate on, String by, Instant at, Optional<String> text, Optional<UnitId> unit) {

    public MatterAction {
        Checks.required("step", step);
        Checks.required("on", on);
        Checks.required("by", by);
        Checks.required("at", at);
        Checks.required("text", text);
        Checks.required("unit", unit);
    }

    /** Who records a step and when: the day it happened is the step's own. */
    public record Acting(String by, Instant at) {
    }
}
