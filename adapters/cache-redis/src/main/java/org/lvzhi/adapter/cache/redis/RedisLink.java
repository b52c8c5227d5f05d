package org.lvzhi.adapter.cache.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's link to Redis for one use: a command connection and, where the use listens, a subscription to one channel.
 * Redis may be away when the node starts: the link is then made at the first use that finds Redis back (a failed
 * attempt throws, like any command while Redis is down). Once made, Lettuce reconnects and re-subscribes by itself.
 */
final class RedisLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisLink.class);

    private final RedisClient client;
    private final String channel;
    private final Consumer<String> listener;
    private StatefulRedisConnection<String, String> connection;
    private StatefulRedisPubSubConnection<String, String> subscription;

    /** A link that only sends commands. */
    RedisLink(RedisClient client) {
        this(client, null, null);
    }

    RedisLink(RedisClient client, String channel, Consumer<String> listener) {
        this.client = client;
        this.channel = channel;
        this.listener = listener;
        try {
            commands();
        } catch (RuntimeException away) {
            LOG.warn("Redis cannot be reached at start ({}): this node works without it until it can", away.getMessage());
        }
    }

    /** The commands, linking first if the link was never made; throws when Redis cannot be reached. */
    synchronized RedisCommands<String, String> commands() {
        if (connection == null) {
            StatefulRedisConnection<String, String> made = client.connect();
            try {
                subscription = channel == null ? null : subscribe();
            } catch (RuntimeException away) {
                made.close();
                throw away;
            }
            connection = made;
        }
        return connection.sync();
    }

    private StatefulRedisPubSubConnection<String, String> subscribe() {
        StatefulRedisPubSubConnection<String, String> pubSub = client.connectPubSub();
        pubSub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String from, String message) {
                listener.accept(message);
            }
        });
        pubSub.sync().subscribe(channel);
        return pubSub;
    }

    @Override
    public synchronized void close() {
        if (subscription != null) {
            subscription.close();
        }
        if (connection != null) {
            connection.close();
        }
    }
}
