package org.lvzhi.adapter.cache.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.lvzhi.application.policy.port.out.ProfileCachePort;
import org.lvzhi.domain.policy.ProfileHistory;

/**
 * Profile histories cached on every node, kept coherent through Redis: each owner has a generation counter
 * in Redis that a save increments, and a node answers from its cache only while the generation it cached
 * under is still current; the save is also published, so every node drops the stale entry at once.
 */
@Singleton
@Requires(property = "redis.uri")
class RedisProfileCache implements ProfileCachePort {

    private record Cached(long generation, ProfileHistory history) {
    }

    private final Map<String, Cached> cached = new ConcurrentHashMap<>();
    private final StatefulRedisConnection<String, String> connection;
    private final StatefulRedisPubSubConnection<String, String> subscription;
    private final RedisCommands<String, String> redis;
    private final String prefix;

    RedisProfileCache(RedisClient client, @Value("${lvzhi.cache.prefix:lvzhi}") String prefix) {
        this.prefix = prefix;
        this.connection = client.connect();
        this.redis = connection.sync();
        this.subscription = client.connectPubSub();
        subscription.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String owner) {
                cached.remove(owner);
            }
        });
        subscription.sync().subscribe(channel());
    }

    @Override
    public ProfileHistory get(String owner, Supplier<ProfileHistory> load) {
        long current = generation(owner);
        Cached entry = cached.get(owner);
        if (entry != null && entry.generation() == current) {
            return entry.history();
        }
        ProfileHistory loaded = load.get();
        cached.put(owner, new Cached(current, loaded));
        return loaded;
    }

    @Override
    public void evict(String owner) {
        redis.incr(generationKey(owner));
        cached.remove(owner);
        redis.publish(channel(), owner);
    }

    @PreDestroy
    void close() {
        subscription.close();
        connection.close();
    }

    private long generation(String owner) {
        String value = redis.get(generationKey(owner));
        return value == null ? 0 : Long.parseLong(value);
    }

    private String generationKey(String owner) {
        return prefix + ":policy-profile:generation:" + owner;
    }

    private String channel() {
        return prefix + ":policy-profile:saved";
    }
}
