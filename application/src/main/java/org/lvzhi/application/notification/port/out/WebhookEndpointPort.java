package org.lvzhi.application.notification.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A tenant's registered webhook endpoints (the acting congress's). */
public interface WebhookEndpointPort {

    /** An endpoint: where to post, which event types it wants (empty = all), its signing secrets (newest first). */
    record WebhookEndpoint(UUID id, String url, List<String> eventTypes, List<String> secrets, boolean enabled) {

        public WebhookEndpoint {
            eventTypes = List.copyOf(eventTypes);
            secrets = List.copyOf(secrets);
        }

        public boolean wants(String eventType) {
            return enabled && (eventTypes.isEmpty() || eventTypes.contains(eventType));
        }
    }

    Optional<WebhookEndpoint> find(UUID id);

    List<WebhookEndpoint> all();

    void add(WebhookEndpoint endpoint);

    void update(WebhookEndpoint endpoint);
}
