package org.lvzhi.domain.supervision;

import java.util.Optional;

/** What a trigger found on a date: for a step's threshold (1 when it sets none), whether it is reached and how. */
@FunctionalInterface
interface TriggerState {

    TriggerState QUIET = threshold -> Optional.empty();

    Optional<Firing> reached(int threshold);

    /** A trigger that fires once, not by a count: it reaches only the threshold 1. */
    static TriggerState once(Firing firing) {
        return threshold -> threshold <= 1 ? Optional.of(firing) : Optional.empty();
    }
}
