package org.lvzhi.application.notification.port.out;

import java.time.Instant;
import java.util.UUID;

/** A message that could not be delivered: what, to where, after how many attempts, and the last error. */
public record DeadLetter(UUID id, Channel channel, String target, String event, Instant createdAt, int attempts, String lastError) {
}
