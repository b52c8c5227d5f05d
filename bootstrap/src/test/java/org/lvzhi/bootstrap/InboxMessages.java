package org.lvzhi.bootstrap;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.lvzhi.adapter.persistence.testing.TestDatabase;

/** Messages put straight into an inbox, as the application role acting in the congress: many, without a dispatcher. */
final class InboxMessages {

    private InboxMessages() {
    }

    static void write(String congress, String login, Instant at, String subject) {
        var settings = TestDatabase.instance().settings();
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.appUsername(), settings.appPassword());
             PreparedStatement tenant = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, false)");
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO inbox_message (tenant_id, id, login, event, subject, body, created_at)
                     VALUES (?, ?, ?, 'probe.paging', ?, ?, ?)""")) {
            tenant.setString(1, congress);
            tenant.execute();
            insert.setString(1, congress);
            insert.setObject(2, UUID.randomUUID());
            insert.setString(3, login);
            insert.setString(4, subject);
            insert.setString(5, subject);
            insert.setTimestamp(6, Timestamp.from(at));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
