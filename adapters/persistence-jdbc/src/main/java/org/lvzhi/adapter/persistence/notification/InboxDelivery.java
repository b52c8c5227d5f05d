package org.lvzhi.adapter.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.DeliveryChannelPort;
import org.lvzhi.application.notification.port.out.DeliveryOutcome;
import org.lvzhi.application.notification.port.out.OutboxMessage;

/** The in-app channel: puts the message in the recipient's inbox; a repeat of the same message id changes nothing. */
@Singleton
class InboxDelivery implements DeliveryChannelPort {

    private final JdbcOperations jdbc;

    InboxDelivery(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Channel channel() {
        return Channel.INBOX;
    }

    @Override
    public DeliveryOutcome deliver(OutboxMessage message) {
        jdbc.prepareStatement("""
                INSERT INTO inbox_message (id, login, event, subject, body, created_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, id) DO NOTHING""", statement -> {
            statement.setObject(1, message.id());
            statement.setString(2, message.target());
            statement.setString(3, message.event());
            statement.setString(4, message.subject());
            statement.setString(5, message.body());
            statement.setTimestamp(6, Timestamp.from(message.createdAt()));
            return statement.executeUpdate();
        });
        return new DeliveryOutcome.Delivered();
    }
}
