package org.lvzhi.application.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lvzhi.application.notification.port.out.InboxEntry;
import org.lvzhi.application.notification.port.out.InboxFeedPort;
import org.lvzhi.domain.congress.CongressId;

/** Records what is published to live inbox followers. */
public final class InMemoryInboxFeed implements InboxFeedPort {

    public record Published(CongressId congress, String login, InboxEntry entry) {
    }

    private final List<Published> published = new ArrayList<>();

    @Override
    public void publish(CongressId congress, String login, InboxEntry entry) {
        published.add(new Published(congress, login, entry));
    }

    @Override
    public AutoCloseable subscribe(CongressId congress, String login, Consumer<InboxEntry> listener) {
        return () -> {
        };
    }

    public List<Published> published() {
        return List.copyOf(published);
    }
}
