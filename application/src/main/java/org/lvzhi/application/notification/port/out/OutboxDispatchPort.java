package org.lvzhi.application.notification.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lvzhi.application.notification.OutboxMessage;
import org.lvzhi.domain.congress.CongressId;

/**
 * The dispatcher's view of every congress's outbox (a cross-tenant component): claim due messages so that no
 * other node takes them until the lease ends, then record what became of each.
 */
public interface OutboxDispatchPort {

    List<OutboxMessage> claim(int batch, Instant now, Duration lease);

    void delivered(CongressId congress, UUID id, Instant at);

    void retry(CongressId congress, UUID id, Instant next, String reason);

    void dead(CongressId congress, UUID id, String reason);
}
