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
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;

/** The acting congress's inboxes. */
@Singleton
class InboxAdapter implements InboxPort {

    private final JdbcOperations jdbc;

    InboxAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<InboxEntry> list(String login, PageRequest page) {
        List<InboxEntry> entries = jdbc.prepareStatement("""
                SELECT id, event, subject, body, created_at, read_at FROM inbox_message WHERE login = ?
                 ORDER BY created_at DESC, id LIMIT ? OFFSET ?""", statement -> {
            statement.setString(1, login);
            statement.setInt(2, page.size());
            statement.setLong(3, page.offset());
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
        return Page.of(entries, page, count("SELECT count(*) FROM inbox_message WHERE login = ?", login));
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
