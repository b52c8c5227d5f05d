package org.lvzhi.domain.calendar;

import java.time.Instant;
import java.util.Optional;

/**
 * A calendar duty of a congress as the scheduler holds it: the next day it brings and, when read back from
 * the scheduler, the moment its trigger fires next.
 */
public record ScheduledDuty(DutyKey key, DutyDate next, Optional<Instant> firesAt) {

    public ScheduledDuty(DutyKey key, DutyDate next) {
        this(key, next, Optional.empty());
    }
}
