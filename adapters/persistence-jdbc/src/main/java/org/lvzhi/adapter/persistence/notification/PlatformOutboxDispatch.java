package org.lvzhi.adapter.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.ClaimOwner;
import org.lvzhi.application.notification.port.out.OutboxDispatchPort;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.domain.congress.CongressId;

/**
 * The dispatcher's side of every congress's outbox, on the platform role (a cross-tenant component): one
 * statement claims the next due message with FOR UPDATE SKIP LOCKED and stamps a lease and this node's name, so
 * concurrent dispatchers never take the same message, and a claim that is never settled (its node died) is taken
 * again after the lease. A message whose target has a live claim is not taken: one endpoint, one lane at a time,
 * so a slow receiver holds only its own messages.
 */
@Singleton
@Transactional("platform")
class PlatformOutboxDispatch implements OutboxDispatchPort {

    private final JdbcOperations jdbc;
    private final ClaimOwner owner;

    PlatformOutboxDispatch(@Named("platform") JdbcOperations jdbc, ClaimOwner owner) {
        this.jdbc = jdbc;
        this.owner = owner;
    }

    @Override
    public Optional<OutboxMessage> claimNext(Instant now, Duration lease) {
        return jdbc.prepareStatement("""
                UPDATE outbox_message o SET claimed_until = ?, claimed_by = ?
                  FROM (SELECT tenant_id, id FROM outbox_message m
                         WHERE status = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)
                           AND NOT EXISTS (SELECT 1 FROM outbox_message busy
                                            WHERE busy.target = m.target AND busy.claimed_until > ?)
                         ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED) due
                 WHERE o.tenant_id = due.tenant_id AND o.id = due.id
                RETURNING o.""" + OutboxRows.COLUMNS.replace(", ", ", o."), statement -> {
            statement.setTimestamp(1, Timestamp.from(now.plus(lease)));
            statement.setString(2, owner.id());
            statement.setTimestamp(3, Timestamp.from(now));
            statement.setTimestamp(4, Timestamp.from(now));
            statement.setTimestamp(5, Timestamp.from(now));
            try (var rows = statement.executeQuery()) {
                return OutboxRows.read(rows).stream().findFirst();
            }
        });
    }

    @Override
    public int releaseClaims() {
        return jdbc.prepareStatement("UPDATE outbox_message SET claimed_until = NULL, claimed_by = NULL WHERE claimed_by = ?",
                statement -> {
                    statement.setString(1, owner.id());
                    return statement.executeUpdate();
                });
    }

    @Override
    public void delivered(CongressId congress, UUID id, Instant at) {
        settle("status = 'DELIVERED', delivered_at = ?", congress, id, Timestamp.from(at));
    }

    @Override
    public void retry(CongressId congress, UUID id, Instant next, String reason) {
        settle("attempts = attempts + 1, next_attempt_at = ?, last_error = ?", congress, id, Timestamp.from(next), reason);
    }

    @Override
    public void dead(CongressId congress, UUID id, String reason) {
        settle("status = 'DEAD', attempts = attempts + 1, last_error = ?", congress, id, reason);
    }

    private void settle(String assignments, CongressId congress, UUID id, Object... values) {
        jdbc.prepareStatement("UPDATE outbox_message SET " + assignments + ", claimed_until = NULL, claimed_by = NULL WHERE tenant_id = ? AND id = ?",
                statement -> {
                    for (int i = 0; i < values.length; i++) {
                        statement.setObject(i + 1, values[i]);
                    }
                    statement.setString(values.length + 1, congress.value());
                    statement.setObject(values.length + 2, id);
                    return statement.executeUpdate();
                });
    }
}
