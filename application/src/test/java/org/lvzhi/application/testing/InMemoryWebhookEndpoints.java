package org.lvzhi.application.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort;

/** Webhook endpoints in a map (one congress's), recording every update. */
public final class InMemoryWebhookEndpoints implements WebhookEndpointPort {

    private final Map<UUID, WebhookEndpoint> endpoints = new LinkedHashMap<>();
    private final List<WebhookEndpoint> updates = new ArrayList<>();

    public InMemoryWebhookEndpoints with(WebhookEndpoint... endpoints) {
        for (WebhookEndpoint endpoint : endpoints) {
            this.endpoints.put(endpoint.id(), endpoint);
        }
        return this;
    }

    @Override
    public Optional<WebhookEndpoint> find(UUID id) {
        return Optional.ofNullable(endpoints.get(id));
    }

    @Override
    public List<WebhookEndpoint> all() {
        return List.copyOf(endpoints.values());
    }

    @Override
    public void add(WebhookEndpoint endpoint) {
        endpoints.put(endpoint.id(), endpoint);
    }

    @Override
    public void update(WebhookEndpoint endpoint) {
        updates.add(endpoint);
        endpoints.put(endpoint.id(), endpoint);
    }

    public List<WebhookEndpoint> updates() {
        return List.copyOf(updates);
    }
}
