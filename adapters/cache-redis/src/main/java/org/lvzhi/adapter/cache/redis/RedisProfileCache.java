package org.lvzhi.adapter.cache.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.lvzhi.application.policy.port.out.ProfileCachePort;
import org.lvzhi.domain.policy.ProfileHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Profile histories cached on every node, kept coherent through Redis: each owner has a generation counter
 * in Redis that a save increments (after its commit), and a node answers from its cache only while the generation it
 * cached under is still current; the save is also published, so every node drops the stale entry at once.
 * <p>
 * Redis is optional, at start too ({@link RedisLink}): on any Redis error a read goes to the database, and this node forgets all it cached (it may have
 * missed evictions meanwhile) and leaves Redis alone for a second, so one request does not wait out several timeouts. An eviction Redis did not take is sent again as soon as Redis answers, raising the
 * generation so that every node reloads. No entry is kept longer than {@code lvzhi.cache.max-age}: the bound on
 * staleness should a node that saved during an outage die before Redis returned.
 */
@Singleton
@Requires(property = "redis.uri")
class RedisProfileCache implements ProfileCachePort {

    private static final Logger LOG = LoggerFactory.getLogger(RedisProfileCache.class);

    private record Cached(long generation, ProfileHistory history, long cachedAt) {
    }

    private final Map<String, Cached> cached = new ConcurrentHashMap<>();
    private final Set<String> unsentEvictions = ConcurrentHashMap.newKeySet();
    private static final long PAUSE_AFTER_FAILURE = Duration.ofSeconds(1).toNanos();

    private final AtomicBoolean redisLost = new AtomicBoolean();
    private volatile long pausedUntil = System.nanoTime();
    private final String prefix;
    private final RedisLink link;
    private final long maxAgeNanos;

    RedisProfileCache(RedisClient client, @Value("${lvzhi.cache.prefix:lvzhi}") String prefix,
            @Value("${lvzhi.cache.max-age:5m}") Duration maxAge) {
        this.prefix = prefix;
        this.maxAgeNanos = maxAge.toNanos();
        this.link = new RedisLink(client, channel(), cached::remove);
    }

    @Override
    public ProfileHistory get(String owner, Supplier<ProfileHistory> load) {
        OptionalLong current = generation(owner);
        if (current.isEmpty()) {
            return load.get();
        }
        Cached entry = cached.get(owner);
        if (entry != null && entry.generation() == current.getAsLong() && System.nanoTime() - entry.cachedAt() < maxAgeNanos) {
            return entry.history();
        }
        ProfileHistory loaded = load.get();
        cached.put(owner, new Cached(current.getAsLong(), loaded, System.nanoTime()));
        return loaded;
    }

    /** Best effort: the save is committed whatever Redis does; what Redis missed is sent once it answers. */
    @Override
    public void evict(String owner) {
        cached.remove(owner);
        unsentEvictions.add(owner);
        sendEvictions();
    }

    @PreDestroy
    void close() {
        link.close();
    }

    private OptionalLong generation(String owner) {
        if (paused()) {
            return OptionalLong.empty();
        }
        try {
            String value = link.commands().get(generationKey(owner));
            answered();
            return OptionalLong.of(value == null ? 0 : Long.parseLong(value));
        } catch (RuntimeException failure) {
            lost(failure);
            return OptionalLong.empty();
        }
    }

    private void sendEvictions() {
        if (paused()) {
            return;
        }
        for (String owner : List.copyOf(unsentEvictions)) {
            try {
                RedisCommands<String, String> redis = link.commands();
                redis.incr(generationKey(owner));
                redis.publish(channel(), owner);
                unsentEvictions.remove(owner);
            } catch (RuntimeException failure) {
                lost(failure);
                return;
            }
        }
    }

    private void answered() {
        if (redisLost.compareAndSet(true, false)) {
            LOG.info("Redis answers again: profile histories are cached again");
        }
        if (!unsentEvictions.isEmpty()) {
            sendEvictions();
        }
    }

    private boolean paused() {
        return System.nanoTime() - pausedUntil < 0;
    }

    private void lost(RuntimeException failure) {
        cached.clear();
        pausedUntil = System.nanoTime() + PAUSE_AFTER_FAILURE;
        if (redisLost.compareAndSet(false, true)) {
            LOG.warn("Redis does not answer ({}): profile histories are read from the database until it does", failure.getMessage());
        }
    }

    private String generationKey(String owner) {
        return prefix + ":policy-profile:generation:" + owner;
    }

    private String channel() {
        return prefix + ":policy-profile:saved";
    }
}
