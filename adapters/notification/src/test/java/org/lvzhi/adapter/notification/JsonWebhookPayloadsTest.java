package org.lvzhi.adapter.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonWebhookPayloadsTest {

    @Test
    @DisplayName("the payload is {type, version, timestamp, data}; codes stay strings, numbers and flags stay JSON numbers and booleans")
    void shape() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", "RESIGNED");
        data.put("round", 2);
        data.put("complex", true);

        String payload = new JsonWebhookPayloads(JsonMapper.createDefault())
                .payload("deputy.status-changed", 1, Instant.parse("2025-03-01T08:00:00Z"), data);

        assertThat(payload).isEqualTo("{\"type\":\"deputy.status-changed\",\"version\":1,\"timestamp\":\"2025-03-01T08:00:00Z\","
                + "\"data\":{\"status\":\"RESIGNED\",\"round\":2,\"complex\":true}}");
    }
}
