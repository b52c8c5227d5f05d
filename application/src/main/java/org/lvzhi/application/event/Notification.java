package org.lvzhi.application.event;

import java.util.List;
import java.util.Map;
import org.lvzhi.domain.congress.CongressId;

/**
 * What happened, in which congress, to whom: an event's code (e.g. {@code deputy.status-changed}), the people it
 * concerns, the named texts its template may use and the data its webhook payload carries. Never a channel: the
 * platform decides how each recipient hears about it, and every webhook endpoint subscribed to the event hears about
 * it too. Made only {@linkplain #of from a typed event}, whose record gives the texts and the data apart: there is no
 * way to send a code with a map of one's own.
 */
public final class Notification {

    private final CongressId congress;
    private final String event;
    private final int version;
    private final List<Recipient> recipients;
    private final Map<String, String> variables;
    private final Map<String, Object> data;

    private Notification(CongressId congress, Event event, List<Recipient> recipients) {
        this.congress = congress;
        this.event = event.code();
        this.version = event.payloadVersion();
        this.recipients = List.copyOf(recipients);
        this.variables = Map.copyOf(EventFacts.texts(event));
        this.data = Map.copyOf(EventFacts.data(event));
    }

    public static Notification of(CongressId congress, Event event, List<Recipient> recipients) {
        return new Notification(congress, event, recipients);
    }

    public CongressId congress() {
        return congress;
    }

    /** The event's code. */
    public String event() {
        return event;
    }

    /** The version of the event's payload. */
    public int version() {
        return version;
    }

    public List<Recipient> recipients() {
        return recipients;
    }

    /** The texts the event's template fills in, by name. */
    public Map<String, String> variables() {
        return variables;
    }

    /** The data of the webhook payload. */
    public Map<String, Object> data() {
        return data;
    }

    @Override
    public String toString() {
        return "Notification[" + congress + ", " + event + ", " + recipients + ", " + variables + "]";
    }
}
