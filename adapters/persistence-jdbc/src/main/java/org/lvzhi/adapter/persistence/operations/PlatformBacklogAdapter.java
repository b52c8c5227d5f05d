package org.lvzhi.adapter.persistence.operations;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.application.operations.port.out.BacklogPort;

/**
 * The platform's queues across congresses, on the platform role (a cross-tenant component): counts only, read
 * through the partial indexes the dispatcher and the poller use.
 */
@Singleton
@Transactional(value = "platform", readOnly = true)
class PlatformBacklogAdapter implements BacklogPort {

    private final JdbcOperations jdbc;

    PlatformBacklogAdapter(@Named("platform") JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long pendingMessages() {
        return jdbc.prepareStatement("SELECT count(*) FROM outbox_message WHERE status = 'PENDING'", statement -> {
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    @Override
    public Optional<Instant> oldestPendingMessage() {
        return jdbc.prepareStatement("SELECT min(created_at) FROM outbox_message WHERE status = 'PENDING'", statement -> {
            try (var row = statement.executeQuery()) {
                row.next();
                return Optional.ofNullable(row.getTimestamp(1)).map(Timestamp::toInstant);
            }
        });
    }

    @Override
    public long deadlinesDueBy(LocalDate day) {
        return jdbc.prepareStatement("SELECT count(*) FROM deadline WHERE next_action_on <= ?", statement -> {
            statement.setDate(1, Date.valueOf(day));
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
