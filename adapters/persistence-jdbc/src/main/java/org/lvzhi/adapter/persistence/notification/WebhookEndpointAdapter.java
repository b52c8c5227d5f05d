package org.lvzhi.adapter.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort;

/** The acting congress's webhook endpoints; event types are stored comma-separated, secrets one per line. */
@Singleton
class WebhookEndpointAdapter implements WebhookEndpointPort {

    private final JdbcOperations jdbc;

    WebhookEndpointAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<WebhookEndpoint> find(UUID id) {
        return select("SELECT id, url, event_types, secrets, enabled FROM webhook_endpoint WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public List<WebhookEndpoint> all() {
        return select("SELECT id, url, event_types, secrets, enabled FROM webhook_endpoint ORDER BY url, id", null);
    }

    @Override
    public void add(WebhookEndpoint endpoint) {
        write("INSERT INTO webhook_endpoint (url, event_types, secrets, enabled, id) VALUES (?, ?, ?, ?, ?)", endpoint);
    }

    @Override
    public void update(WebhookEndpoint endpoint) {
        write("UPDATE webhook_endpoint SET url = ?, event_types = ?, secrets = ?, enabled = ? WHERE id = ?", endpoint);
    }

    private void write(String sql, WebhookEndpoint endpoint) {
        jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, endpoint.url());
            statement.setString(2, String.join(",", endpoint.eventTypes()));
            statement.setString(3, String.join("\n", endpoint.secrets()));
            statement.setBoolean(4, endpoint.enabled());
            statement.setObject(5, endpoint.id());
            return statement.executeUpdate();
        });
    }

    private List<WebhookEndpoint> select(String sql, UUID id) {
        return jdbc.prepareStatement(sql, statement -> {
            if (id != null) {
                statement.setObject(1, id);
            }
            try (var rows = statement.executeQuery()) {
                List<WebhookEndpoint> endpoints = new ArrayList<>();
                while (rows.next()) {
                    String types = rows.getString("event_types");
                    endpoints.add(new WebhookEndpoint(rows.getObject("id", UUID.class), rows.getString("url"),
                            types.isEmpty() ? List.of() : Arrays.asList(types.split(",")),
                            Arrays.asList(rows.getString("secrets").split("\n")), rows.getBoolean("enabled")));
                }
                return endpoints;
            }
        });
    }
}
