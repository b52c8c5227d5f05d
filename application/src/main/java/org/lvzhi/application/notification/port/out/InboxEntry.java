package org.lvzhi.application.notification.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A message in someone's in-app inbox. */
public record InboxEntry(UUID id, String event, String subject, String body, Instant createdAt, Optional<Instant> readAt) {
}
