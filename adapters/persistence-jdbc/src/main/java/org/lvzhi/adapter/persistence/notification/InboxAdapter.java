package org.lvzhi.adapter.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.notification.InboxEntry;
import org.lvzhi.application.notification.port.out.InboxPort;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;

/** The acting congress's inboxes. */
@Singleton
class InboxAdapter implements InboxPort {

    private final JdbcOperations jdbc;

    InboxAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Slice<InboxEntry> list(String login, KeysetRequest page) {
        Optional<InboxKey> after = page.afterKey(2, parts -> new InboxKey(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1))));
        // one range of inbox_message_page (030), read backwards from the cursor
        List<InboxEntry> entries = jdbc.prepareStatement("""
                SELECT id, event, subject, body, created_at, read_at FROM inbox_message
                 WHERE login = ? AND (?::timestamptz IS NULL OR (created_at, id) < (?::timestamptz, ?::uuid))
                 ORDER BY created_at DESC, id DESC LIMIT ?""", statement -> {
            statement.setString(1, login);
            Timestamp at = after.map(key -> Timestamp.from(key.createdAt())).orElse(null);
            statement.setTimestamp(2, at);
            statement.setTimestamp(3, at);
            statement.setObject(4, after.map(InboxKey::id).orElse(null));
            statement.setInt(5, page.size() + 1);
            try (var rows = statement.executeQuery()) {
                List<InboxEntry> found = new ArrayList<>();
                while (rows.next()) {
                    Timestamp read = rows.getTimestamp("read_at");
                    found.add(new InboxEntry(rows.getObject("id", UUID.class), rows.getString("event"), rows.getString("subject"),
                            rows.getString("body"), rows.getTimestamp("created_at").toInstant(),
                            Optional.ofNullable(read).map(Timestamp::toInstant)));
                }
                return found;
            }
        });
        return Slice.of(entries, page, entry -> KeysetRequest.cursor(entry.createdAt(), entry.id()));
    }

    private record InboxKey(Instant createdAt, UUID id) {
    }

    @Override
    public long unread(String login) {
        return count("SELECT count(*) FROM inbox_message WHERE login = ? AND read_at IS NULL", login);
    }

    @Override
    public boolean markRead(String login, UUID id, Instant at) {
        return jdbc.prepareStatement("UPDATE inbox_message SET read_at = coalesce(read_at, ?) WHERE login = ? AND id = ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setString(2, login);
            statement.setObject(3, id);
            return statement.executeUpdate() == 1;
        });
    }

    private long count(String sql, String login) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, login);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
