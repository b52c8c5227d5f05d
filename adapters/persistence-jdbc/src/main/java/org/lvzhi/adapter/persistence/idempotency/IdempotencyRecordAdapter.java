package org.lvzhi.adapter.persistence.idempotency;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.lvzhi.application.idempotency.port.out.IdempotencyRecordPort;
import org.lvzhi.application.idempotency.port.out.KeptAnswer;

/** The acting congress's idempotency keys in {@code idempotent_request} (row-level security applies). */
@Singleton
class IdempotencyRecordAdapter implements IdempotencyRecordPort {

    /**
     * One statement decides between two nodes claiming the same key at once: the insert, or the take-over of
     * an expired key or an abandoned claim, happens for exactly one of them.
     */
    private static final String CLAIM = """
            INSERT INTO idempotent_request (caller, key, fingerprint, claimed_at, lease_ends_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (tenant_id, caller, key) DO UPDATE
               SET fingerprint = EXCLUDED.fingerprint, claimed_at = EXCLUDED.claimed_at,
                   lease_ends_at = EXCLUDED.lease_ends_at, expires_at = EXCLUDED.expires_at,
                   status = NULL, content_type = NULL, body = NULL, location = NULL
             WHERE idempotent_request.expires_at <= EXCLUDED.claimed_at
                OR (idempotent_request.status IS NULL AND idempotent_request.lease_ends_at <= EXCLUDED.claimed_at)""";

    private final JdbcOperations jdbc;

    IdempotencyRecordAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String caller, String key, String fingerprint, Instant now, Instant expiresAt, Instant leaseEndsAt) {
        return jdbc.prepareStatement(CLAIM, statement -> {
            statement.setString(1, caller);
            statement.setString(2, key);
            statement.setString(3, fingerprint);
            statement.setTimestamp(4, Timestamp.from(now));
            statement.setTimestamp(5, Timestamp.from(leaseEndsAt));
            statement.setTimestamp(6, Timestamp.from(expiresAt));
            return statement.executeUpdate() == 1;
        });
    }

    @Override
    public void purgeExpired(Instant now) {
        jdbc.prepareStatement("DELETE FROM idempotent_request WHERE expires_at <= ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(now));
            return statement.executeUpdate();
        });
    }

    @Override
    public Optional<KeptRequest> find(String caller, String key) {
        return jdbc.prepareStatement("SELECT fingerprint, status, content_type, body, location FROM idempotent_request "
                + "WHERE caller = ? AND key = ?", statement -> {
                    statement.setString(1, caller);
                    statement.setString(2, key);
                    try (var row = statement.executeQuery()) {
                        if (!row.next()) {
                            return Optional.empty();
                        }
                        int status = row.getInt("status");
                        Optional<KeptAnswer> answer = row.wasNull() ? Optional.empty() : Optional.of(new KeptAnswer(
                                status, row.getString("content_type"), row.getString("body"), Optional.ofNullable(row.getString("location"))));
                        return Optional.of(new KeptRequest(row.getString("fingerprint"), answer));
                    }
                });
    }

    @Override
    public void keep(String caller, String key, KeptAnswer answer) {
        jdbc.prepareStatement("UPDATE idempotent_request SET status = ?, content_type = ?, body = ?, location = ? "
                + "WHERE caller = ? AND key = ?", statement -> {
                    statement.setInt(1, answer.status());
                    statement.setString(2, answer.contentType());
                    statement.setString(3, answer.body());
                    statement.setString(4, answer.location().orElse(null));
                    statement.setString(5, caller);
                    statement.setString(6, key);
                    return statement.executeUpdate();
                });
    }

    @Override
    public void release(String caller, String key) {
        jdbc.prepareStatement("DELETE FROM idempotent_request WHERE caller = ? AND key = ? AND status IS NULL", statement -> {
            statement.setString(1, caller);
            statement.setString(2, key);
            return statement.executeUpdate();
        });
    }
}
