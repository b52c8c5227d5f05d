package org.lvzhi.adapter.notification;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lvzhi.application.notification.port.out.WebhookPayloadPort;

/** Writes webhook bodies with Micronaut's JSON mapper: {"type", "version", "timestamp", "data"} as Standard Webhooks suggests. */
@Singleton
class JsonWebhookPayloads implements WebhookPayloadPort {

    private final JsonMapper json;

    JsonWebhookPayloads(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String payload(String type, int version, Instant timestamp, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("version", version);
        body.put("timestamp", timestamp.toString());
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
