package org.lvzhi.application.deadline.port.out;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deadline.DeadlineId;

/**
 * The poller's side of every congress's clocks (a cross-tenant component): claims clocks that want attention on or
 * before a day with FOR UPDATE SKIP LOCKED and a lease, so concurrent pollers never take the same clock and a claim
 * whose poller died is taken again after the lease.
 */
public interface DeadlineClaimPort {

    List<Claimed> claim(int batch, LocalDate today, Instant now, Duration lease);

    /** Gives back every claim this node still holds (it is stopping); answers how many. */
    int releaseClaims();

    record Claimed(CongressId congress, DeadlineId id) {
    }
}
