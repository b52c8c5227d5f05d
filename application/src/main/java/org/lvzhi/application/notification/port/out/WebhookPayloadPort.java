package org.lvzhi.application.notification.port.out;

import java.time.Instant;
import java.util.Map;

/** Writes an event as the JSON body webhook receivers get: {"type", "timestamp", "data"} (Standard Webhooks). */
public interface WebhookPayloadPort {

    String payload(String type, Instant timestamp, Map<String, String> data);
}
