package org.lvzhi.application.notification.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.domain.congress.CongressId;

/**
 * The dispatcher's view of every congress's outbox (a cross-tenant component): claim the next due message so that
 * no other node takes it until the lease ends (nor another message to the same target while that claim lives), then
 * record what became of it.
 */
public interface OutboxDispatchPort {

    Optional<OutboxMessage> claimNext(Instant now, Duration lease);

    /** Gives back every claim this node still holds (it is stopping); answers how many. */
    int releaseClaims();

    void delivered(CongressId congress, UUID id, Instant at);

    void retry(CongressId congress, UUID id, Instant next, String reason);

    void dead(CongressId congress, UUID id, String reason);
}
