package org.lvzhi.application.event;

import java.util.List;
import java.util.Map;
import org.lvzhi.domain.congress.CongressId;

/**
 * What happened, in which congress, to whom: an event type (e.g. {@code deputy.status-changed}), the people
 * it concerns and the named values its template may use. Never a channel: the platform decides how each
 * recipient hears about it, and every webhook endpoint subscribed to the event hears about it too.
 */
public record Notification(CongressId congress, String event, List<Recipient> recipients, Map<String, String> variables) {

    public Notification {
        recipients = List.copyOf(recipients);
        variables = Map.copyOf(variables);
    }
}
