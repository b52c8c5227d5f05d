package org.lvzhi.adapter.persistence.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.domain.congress.CongressId;

/** Reads outbox rows selected with {@link #COLUMNS}. */
final class OutboxRows {

    static final String COLUMNS = "tenant_id, id, channel, target, event, subject, body, payload, created_at, attempts";

    private OutboxRows() {
    }

    static List<OutboxMessage> read(ResultSet rows) throws SQLException {
        List<OutboxMessage> messages = new ArrayList<>();
        while (rows.next()) {
            messages.add(new OutboxMessage(
                    rows.getObject("id", java.util.UUID.class),
                    new CongressId(rows.getString("tenant_id")),
                    Channel.valueOf(rows.getString("channel")),
                    rows.getString("target"),
                    rows.getString("event"),
                    rows.getString("subject"),
                    rows.getString("body"),
                    rows.getString("payload"),
                    rows.getTimestamp("created_at").toInstant(),
                    rows.getInt("attempts")));
        }
        return messages;
    }
}
