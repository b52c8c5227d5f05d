package org.lvzhi.adapter.persistence.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What waits across every congress, for the operators' meters (platform role): outbox messages not yet delivered and
 * the oldest of them, and deadline clocks wanting the poller.
 */
@Singleton
@Transactional(value = "platform", readOnly = true)
public class PlatformBacklog {

    private final JdbcOperations jdbc;

    PlatformBacklog(@Named("platform") JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public long outboxPending() {
        return jdbc.prepareStatement("SELECT count(*) FROM outbox_message WHERE status = 'PENDING'", statement -> {
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** How long the oldest message not yet delivered has waited; zero when none waits. */
    public Duration outboxOldestAge(Instant now) {
        Optional<Instant> oldest = jdbc.prepareStatement("SELECT min(created_at) FROM outbox_message WHERE status = 'PENDING'", statement -> {
            try (var rows = statement.executeQuery()) {
                rows.next();
                return Optional.ofNullable(rows.getTimestamp(1)).map(Timestamp::toInstant);
            }
        });
        return oldest.map(created -> Duration.between(created, now)).orElse(Duration.ZERO);
    }

    public long deadlinesDue(LocalDate today) {
        return jdbc.prepareStatement("SELECT count(*) FROM deadline WHERE next_action_on <= ?", statement -> {
            statement.setDate(1, Date.valueOf(today));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
