package org.lvzhi.application.notification.port.out;

import java.time.Instant;
import java.util.UUID;
import org.lvzhi.domain.congress.CongressId;

/**
 * One delivery waiting in the outbox, already rendered: its id (the message id every retry carries, so
 * receivers deduplicate), the congress it belongs to, the channel and target (a login for the inbox, an
 * address for e-mail, an endpoint id for a webhook), the event type, subject, body and, for webhooks, the
 * JSON payload. {@code attempts} counts earlier delivery attempts.
 */
public record OutboxMessage(
        UUID id,
        CongressId congress,
        Channel channel,
        String target,
        String event,
        String subject,
        String body,
        String payload,
        Instant createdAt,
        int attempts) {
}
