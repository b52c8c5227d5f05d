package org.lvzhi.domain.deputy;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a deputy stands. Suspension can be restored; termination of qualification and resignation are
 * final.
 */
public enum DeputyStatus {
    ACTIVE,
    SUSPENDED,
    TERMINATED,
    RESIGNED;

    public Set<DeputyStatus> nextAllowed() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(SUSPENDED, TERMINATED, RESIGNED);
            case SUSPENDED -> EnumSet.of(ACTIVE, TERMINATED, RESIGNED);
            case TERMINATED, RESIGNED -> EnumSet.noneOf(DeputyStatus.class);
        };
    }

    public boolean isFinal() {
        return nextAllowed().isEmpty();
    }

    public boolean canMoveTo(DeputyStatus next) {
        return nextAllowed().contains(next);
    }
}
