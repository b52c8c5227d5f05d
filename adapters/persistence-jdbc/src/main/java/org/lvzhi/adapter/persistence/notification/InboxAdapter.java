package org.lvzhi.adapter.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.NewestFirst;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.notification.port.out.InboxEntry;
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
        // one range of inbox_message_page (030), read from the cursor on
        List<Object> parameters = new ArrayList<>(List.of(login));
        parameters.addAll(NewestFirst.parameters(page));
        List<InboxEntry> entries = jdbc.prepareStatement("SELECT id, event, subject, body, created_at, read_at FROM inbox_message"
                + " WHERE login = ?" + NewestFirst.PAGE, statement -> {
            Statements.bind(statement, parameters);
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
        return Slice.of(entries, page, entry -> NewestFirst.cursor(entry.createdAt(), entry.id()));
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
