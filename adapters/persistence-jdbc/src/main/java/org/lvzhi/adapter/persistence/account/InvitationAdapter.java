package org.lvzhi.adapter.persistence.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.account.port.out.InvitationPort;
import org.lvzhi.domain.congress.CongressId;

/** One-time links in {@code account_invitation}, platform-wide (a link is opened before anyone is signed in), in the use case's transaction. */
@Singleton
class InvitationAdapter implements InvitationPort {

    private final JdbcOperations jdbc;

    InvitationAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(String tokenHash, UUID account, Optional<CongressId> congress, Instant createdAt, Instant expiresAt) {
        jdbc.prepareStatement("INSERT INTO account_invitation (token_hash, account_id, congress_id, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?)", statement -> {
                    Statements.bind(statement, Arrays.asList(tokenHash, account, congress.map(CongressId::value).orElse(null),
                            Timestamp.from(createdAt), Timestamp.from(expiresAt)));
                    return statement.executeUpdate();
                });
    }

    @Override
    public Optional<Pending> find(String tokenHash) {
        return Statements.list(jdbc, "SELECT account_id, used_at IS NOT NULL, expires_at FROM account_invitation WHERE token_hash = ?",
                List.of(tokenHash), row -> new Pending(row.getObject(1, UUID.class), row.getBoolean(2), row.getTimestamp(3).toInstant()))
                .stream().findFirst();
    }

    @Override
    public boolean use(String tokenHash, Instant now) {
        return jdbc.prepareStatement("UPDATE account_invitation SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
                statement -> {
                    Statements.bind(statement, List.of(Timestamp.from(now), tokenHash, Timestamp.from(now)));
                    return statement.executeUpdate() == 1;
                });
    }
}
