package org.lvzhi.adapter.persistence.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.account.port.out.ApiClient;
import org.lvzhi.application.account.port.out.ApiClientPort;
import org.lvzhi.application.ratelimit.port.out.BucketLimit;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.shared.Name;

/** The acting congress's API clients in {@code api_client} and their audit in {@code api_client_event} (row-level security). */
@Singleton
class ApiClientAdapter implements ApiClientPort {

    private static final String SELECT = "SELECT tenant_id, id, client_id, name, roles, rate_capacity, rate_per_second, secret_hash, "
            + "credential, created_at, created_by, rotated_at, revoked_at, revoked_by FROM api_client";

    private final JdbcOperations jdbc;

    ApiClientAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ApiClient client) {
        update("INSERT INTO api_client (id, client_id, name, roles, rate_capacity, rate_per_second, secret_hash, credential, "
                        + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                client.id(), client.clientId(), client.name().value(), client.roles().stream().map(Enum::name).toArray(String[]::new),
                client.limit().map(BucketLimit::capacity).orElse(null), client.limit().map(BucketLimit::refill).orElse(null),
                client.secretHash(), client.credential(), Timestamp.from(client.createdAt()), client.createdBy());
    }

    @Override
    public Optional<ApiClient> find(UUID id) {
        return Statements.list(jdbc, SELECT + " WHERE id = ?", List.of(id), ApiClientAdapter::client).stream().findFirst();
    }

    @Override
    public Optional<ApiClient> findByClientId(String clientId) {
        return Statements.list(jdbc, SELECT + " WHERE client_id = ?", List.of(clientId), ApiClientAdapter::client).stream().findFirst();
    }

    @Override
    public Page<ApiClient> list(PageRequest page) {
        List<ApiClient> items = Statements.list(jdbc, SELECT + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                List.of(page.size(), page.offset()), ApiClientAdapter::client);
        return Page.of(items, page, Statements.count(jdbc, "SELECT count(*) FROM api_client", List.of()));
    }

    @Override
    public void update(ApiClient client) {
        update("UPDATE api_client SET secret_hash = ?, credential = ?, rotated_at = ?, revoked_at = ?, revoked_by = ? WHERE id = ?",
                client.secretHash(), client.credential(), client.rotatedAt().map(Timestamp::from).orElse(null),
                client.revokedAt().map(Timestamp::from).orElse(null), client.revokedBy().orElse(null), client.id());
    }

    @Override
    public void record(UUID client, String event, String actor, Instant at, String detail) {
        update("INSERT INTO api_client_event (client_id, event, actor, at, detail) VALUES (?, ?, ?, ?, ?)",
                client, event, actor, Timestamp.from(at), detail);
    }

    private void update(String sql, Object... parameters) {
        jdbc.prepareStatement(sql, statement -> {
            Statements.bind(statement, Arrays.asList(parameters));
            return statement.executeUpdate();
        });
    }

    private static ApiClient client(ResultSet row) throws SQLException {
        long capacity = row.getLong("rate_capacity");
        Optional<BucketLimit> limit = row.wasNull() ? Optional.empty()
                : Optional.of(new BucketLimit(capacity, row.getLong("rate_per_second"), Duration.ofSeconds(1)));
        return new ApiClient(row.getObject("id", UUID.class), row.getString("client_id"), new CongressId(row.getString("tenant_id")),
                new Name(row.getString("name")),
                Arrays.stream((String[]) row.getArray("roles").getArray()).map(AccessRole::valueOf).toList(), limit,
                row.getString("secret_hash"), row.getObject("credential", UUID.class), row.getTimestamp("created_at").toInstant(),
                row.getString("created_by"), instant(row, "rotated_at"), instant(row, "revoked_at"),
                Optional.ofNullable(row.getString("revoked_by")));
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? Optional.empty() : Optional.of(at.toInstant());
    }
}
