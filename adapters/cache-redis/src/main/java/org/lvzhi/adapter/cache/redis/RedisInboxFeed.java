package org.lvzhi.adapter.cache.redis;

import io.lettuce.core.RedisClient;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.lvzhi.application.notification.port.out.InboxEntry;
import org.lvzhi.application.notification.port.out.InboxFeedPort;
import org.lvzhi.domain.congress.CongressId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live inbox messages fanned out to every node through Redis pub/sub: a message published on one node
 * reaches the listeners (open SSE streams) of that congress and login on all of them.
 */
@Singleton
@Requires(property = "redis.uri")
class RedisInboxFeed implements InboxFeedPort {

    private static final Logger LOG = LoggerFactory.getLogger(RedisInboxFeed.class);

    @Serdeable
    record Item(String congress, String login, String id, String event, String subject, String body, Instant createdAt) {
    }

    private final FeedListeners listeners = new FeedListeners();
    private final JsonMapper json;
    private final String channel;
    private final RedisLink link;

    RedisInboxFeed(RedisClient client, JsonMapper json, @Value("${lvzhi.cache.prefix:lvzhi}") String prefix) {
        this.json = json;
        this.channel = prefix + ":inbox";
        this.link = new RedisLink(client, channel, this::receive);
    }

    @Override
    public void publish(CongressId congress, String login, InboxEntry entry) {
        try {
            link.commands().publish(channel, json.writeValueAsString(new Item(congress.value(), login, entry.id().toString(),
                    entry.event(), entry.subject(), entry.body(), entry.createdAt())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException redisDown) {
            // The message is in the inbox already; only its live push is lost, and the stream's reader sees it on reload.
            LOG.warn("cannot push a live inbox message through Redis: {}", redisDown.getMessage());
        }
    }

    @Override
    public AutoCloseable subscribe(CongressId congress, String login, Consumer<InboxEntry> listener) {
        return listeners.add(congress, login, listener);
    }

    private void receive(String message) {
        try {
            Item item = json.readValue(message, Item.class);
            listeners.deliver(new CongressId(item.congress()), item.login(), new InboxEntry(UUID.fromString(item.id()),
                    item.event(), item.subject(), item.body(), item.createdAt(), Optional.empty()));
        } catch (IOException | RuntimeException unreadable) {
            LOG.warn("ignored an unreadable live inbox message: {}", unreadable.getMessage());
        }
    }

    @PreDestroy
    void close() {
        link.close();
    }
}
