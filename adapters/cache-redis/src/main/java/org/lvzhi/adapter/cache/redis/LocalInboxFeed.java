package org.lvzhi.adapter.cache.redis;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.function.Consumer;
import org.lvzhi.application.notification.port.out.InboxEntry;
import org.lvzhi.application.notification.port.out.InboxFeedPort;
import org.lvzhi.domain.congress.CongressId;

/** Without Redis (one node): live inbox messages go to this process's listeners only. */
@Singleton
@Requires(missingProperty = "redis.uri")
class LocalInboxFeed implements InboxFeedPort {

    private final FeedListeners listeners = new FeedListeners();

    @Override
    public void publish(CongressId congress, String login, InboxEntry entry) {
        listeners.deliver(congress, login, entry);
    }

    @Override
    public AutoCloseable subscribe(CongressId congress, String login, Consumer<InboxEntry> listener) {
        return listeners.add(congress, login, listener);
    }
}
