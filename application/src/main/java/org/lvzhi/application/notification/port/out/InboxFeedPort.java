package org.lvzhi.application.notification.port.out;

import java.util.function.Consumer;
import org.lvzhi.domain.congress.CongressId;

/**
 * Live inbox messages, across every node: what is published on one node reaches the listeners of the same
 * congress and login on all of them.
 */
public interface InboxFeedPort {

    void publish(CongressId congress, String login, InboxEntry entry);

    /** Listens until the returned handle is closed. */
    AutoCloseable subscribe(CongressId congress, String login, Consumer<InboxEntry> listener);
}
