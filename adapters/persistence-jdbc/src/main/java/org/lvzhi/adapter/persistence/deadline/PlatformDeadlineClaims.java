package org.lvzhi.adapter.persistence.deadline;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.ClaimOwner;
import org.lvzhi.application.deadline.port.out.DeadlineClaimPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deadline.DeadlineId;

/**
 * The poller's claim on every congress's clocks, on the platform role (a cross-tenant component): one statement picks
 * clocks wanting attention by the partial index on (next_action_on, tenant_id), congress by congress, skips rows another poller holds (SKIP LOCKED) or has
 * leased, and stamps a lease; the work itself then happens in each congress's own context.
 */
@Singleton
@Transactional("platform")
class PlatformDeadlineClaims implements DeadlineClaimPort {

    /** The locked rows are updated by their tuple ids (a TID scan): the statement never reads the table otherwise. */
    static final String CLAIM = """
            UPDATE deadline SET claimed_until = ?, claimed_by = ?
             WHERE ctid = ANY (ARRAY (
                   SELECT ctid FROM deadline
                    WHERE next_action_on <= ? AND (claimed_until IS NULL OR claimed_until <= ?)
                    ORDER BY next_action_on, tenant_id LIMIT ? FOR UPDATE SKIP LOCKED))
            RETURNING tenant_id, id""";

    private final JdbcOperations jdbc;
    private final ClaimOwner owner;

    PlatformDeadlineClaims(@Named("platform") JdbcOperations jdbc, ClaimOwner owner) {
        this.jdbc = jdbc;
        this.owner = owner;
    }

    @Override
    public List<Claimed> claim(int batch, LocalDate today, Instant now, Duration lease) {
        return jdbc.prepareStatement(CLAIM, statement -> {
            statement.setTimestamp(1, Timestamp.from(now.plus(lease)));
            statement.setString(2, owner.id());
            statement.setDate(3, Date.valueOf(today));
            statement.setTimestamp(4, Timestamp.from(now));
            statement.setInt(5, batch);
            try (ResultSet rows = statement.executeQuery()) {
                List<Claimed> claimed = new ArrayList<>();
                while (rows.next()) {
                    claimed.add(new Claimed(new CongressId(rows.getString(1)), new DeadlineId(rows.getObject(2, UUID.class))));
                }
                return claimed;
            }
        });
    }

    @Override
    public int releaseClaims() {
        return jdbc.prepareStatement("UPDATE deadline SET claimed_until = NULL, claimed_by = NULL WHERE claimed_by = ?", statement -> {
            statement.setString(1, owner.id());
            return statement.executeUpdate();
        });
    }
}
