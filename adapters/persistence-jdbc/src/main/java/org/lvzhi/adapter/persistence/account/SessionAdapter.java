package org.lvzhi.adapter.persistence.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.account.port.out.SessionPort;

/**
 * Sessions ({@code account_session}) and their refresh tokens ({@code refresh_token}), platform-wide, on the app role,
 * in the use case's transaction.
 */
@Singleton
class SessionAdapter implements SessionPort {

    /** One statement spends a token, so two refreshes racing with the same token cannot both succeed. */
    private static final String USE = """
            UPDATE refresh_token r SET used_at = ?
              FROM account_session s
             WHERE r.token_hash = ? AND r.used_at IS NULL AND r.expires_at > ?
               AND s.id = r.session_id AND s.revoked_at IS NULL
            RETURNING s.id, s.account_id""";

    private final JdbcOperations jdbc;

    SessionAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void issue(UUID family, UUID account, String tokenHash, Instant issuedAt, Instant expiresAt) {
        execute("INSERT INTO account_session (id, account_id, started_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
                family, account, Timestamp.from(issuedAt));
        execute("INSERT INTO refresh_token (token_hash, session_id, issued_at, expires_at) VALUES (?, ?, ?, ?)",
                tokenHash, family, Timestamp.from(issuedAt), Timestamp.from(expiresAt));
    }

    @Override
    public Optional<Used> use(String tokenHash, Instant now) {
        Timestamp at = Timestamp.from(now);
        return Statements.list(jdbc, USE, List.of(at, tokenHash, at),
                row -> new Used(row.getObject(1, UUID.class), row.getObject(2, UUID.class))).stream().findFirst();
    }

    @Override
    public Optional<UUID> familyOf(String tokenHash) {
        return Statements.list(jdbc, "SELECT session_id FROM refresh_token WHERE token_hash = ?", List.of(tokenHash),
                row -> row.getObject(1, UUID.class)).stream().findFirst();
    }

    @Override
    public void revoke(UUID family, Instant now) {
        execute("UPDATE account_session SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", Timestamp.from(now), family);
    }

    @Override
    public void revokeAll(UUID account, Instant now) {
        execute("UPDATE account_session SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL", Timestamp.from(now), account);
    }

    private void execute(String sql, Object... parameters) {
        jdbc.prepareStatement(sql, statement -> {
            Statements.bind(statement, List.of(parameters));
            return statement.executeUpdate();
        });
    }
}
