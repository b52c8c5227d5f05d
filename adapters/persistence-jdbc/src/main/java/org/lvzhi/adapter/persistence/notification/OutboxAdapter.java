package org.lvzhi.adapter.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.NewestFirst;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.DeadLetter;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.application.notification.port.out.OutboxPort;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;

/** The acting congress's outbox, on the business transaction's connection (so it commits or rolls back with it). */
@Singleton
class OutboxAdapter implements OutboxPort {

    private final JdbcOperations jdbc;

    OutboxAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(OutboxMessage message) {
        jdbc.prepareStatement("""
                INSERT INTO outbox_message (id, channel, target, event, subject, body, payload, created_at, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, message.id());
            statement.setString(2, message.channel().name());
            statement.setString(3, message.target());
            statement.setString(4, message.event());
            statement.setString(5, message.subject());
            statement.setString(6, message.body());
            statement.setString(7, message.payload());
            statement.setTimestamp(8, Timestamp.from(message.createdAt()));
            statement.setTimestamp(9, Timestamp.from(message.createdAt()));
            return statement.executeUpdate();
        });
    }

    @Override
    public Slice<DeadLetter> deadLetters(KeysetRequest page) {
        // one range of outbox_message_dead (030), read from the cursor on
        List<Object> parameters = NewestFirst.parameters(page);
        List<DeadLetter> read = jdbc.prepareStatement("SELECT id, channel, target, event, created_at, attempts, last_error FROM outbox_message"
                + " WHERE status = 'DEAD'" + NewestFirst.PAGE, statement -> {
            Statements.bind(statement, parameters);
            try (var rows = statement.executeQuery()) {
                List<DeadLetter> letters = new ArrayList<>();
                while (rows.next()) {
                    letters.add(new DeadLetter(rows.getObject("id", UUID.class), Channel.valueOf(rows.getString("channel")),
                            rows.getString("target"), rows.getString("event"), rows.getTimestamp("created_at").toInstant(),
                            rows.getInt("attempts"), rows.getString("last_error")));
                }
                return letters;
            }
        });
        return Slice.of(read, page, letter -> NewestFirst.cursor(letter.createdAt(), letter.id()));
    }

    @Override
    public boolean replay(UUID id, Instant now) {
        return jdbc.prepareStatement("""
                UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = ?, claimed_until = NULL, claimed_by = NULL
                 WHERE id = ? AND status = 'DEAD'""", statement -> {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setObject(2, id);
            return statement.executeUpdate() == 1;
        });
    }
}
