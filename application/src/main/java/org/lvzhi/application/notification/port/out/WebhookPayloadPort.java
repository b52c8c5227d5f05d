package org.lvzhi.application.notification.port.out;

import java.time.Instant;
import java.util.Map;

/**
 * Writes an event as the JSON body webhook receivers get: {"type", "version", "timestamp", "data"} (Standard Webhooks,
 * with the version of the event's payload); the data holds codes, ids, ISO dates, numbers and booleans, and leaves out
 * what is absent.
 */
public interface WebhookPayloadPort {

    String payload(String type, int version, Instant timestamp, Map<String, Object> data);
}
