package org.lvzhi.application.event;

import java.util.List;
import java.util.Map;
import org.lvzhi.domain.congress.CongressId;

/**
 * What happened, in which congress, to whom: an event's code (e.g. {@code deputy.status-changed}), the people it
 * concerns, the named texts its template may use and the data its webhook payload carries. Never a channel: the
 * platform decides how each recipient hears about it, and every webhook endpoint subscribed to the event hears about
 * it too. A typed {@link Event} gives texts and data apart ({@link #of}); an event still sent as a code and a map gives
 * the same map to both.
 */
public record Notification(CongressId congress, String event, List<Recipient> recipients, Map<String, String> variables,
                           Map<String, Object> data) {

    public Notification {
        recipients = List.copyOf(recipients);
        variables = Map.copyOf(variables);
        data = Map.copyOf(data);
    }

    public Notification(CongressId congress, String event, List<Recipient> recipients, Map<String, String> variables) {
        this(congress, event, recipients, variables, Map.<String, Object>copyOf(variables));
    }

    public static Notification of(CongressId congress, Event event, List<Recipient> recipients) {
        return new Notification(congress, event.code(), recipients, EventFacts.texts(event), EventFacts.data(event));
    }
}
