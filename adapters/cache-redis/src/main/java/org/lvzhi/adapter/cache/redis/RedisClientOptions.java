package org.lvzhi.adapter.cache.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Redis is optional at run time: a command (and a connection attempt) fails within {@code lvzhi.cache.redis-timeout}
 * (not Lettuce's 60 s and 10 s), and
 * at once while the connection is down (rather than queued until it returns), so its callers fall back quickly.
 * Lettuce reconnects (and re-subscribes) by itself when Redis returns.
 */
@Singleton
@Requires(property = "redis.uri")
class RedisClientOptions implements BeanCreatedEventListener<RedisClient> {

    private final Duration timeout;

    RedisClientOptions(@Value("${lvzhi.cache.redis-timeout:200ms}") Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public RedisClient onCreated(BeanCreatedEvent<RedisClient> event) {
        RedisClient client = event.getBean();
        client.setDefaultTimeout(timeout);
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .build());
        return client;
    }
}
