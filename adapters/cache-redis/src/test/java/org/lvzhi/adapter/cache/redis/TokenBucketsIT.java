package org.lvzhi.adapter.cache.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lvzhi.application.ratelimit.port.out.BucketLimit;
import org.lvzhi.application.ratelimit.port.out.TokenBucketPort.Take;
import org.lvzhi.application.ratelimit.port.out.TokenBucketPort;

/** The buckets on their own (this process) and shared through the Redis on 127.0.0.1:6379 by two nodes. */
class TokenBucketsIT {

    private static final BucketLimit THREE_PER_SECOND_ONE = new BucketLimit(3, 1, Duration.ofSeconds(1));
    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    private final Map<String, Object> shared = Map.of(
            "redis.uri", "redis://127.0.0.1:6379", "lvzhi.cache.prefix", "lvzhi-test-" + UUID.randomUUID());
    private final ApplicationContext nodeA = ApplicationContext.run(shared);
    private final ApplicationContext nodeB = ApplicationContext.run(shared);
    private final ApplicationContext alone = ApplicationContext.run();

    @AfterEach
    void stopNodes() {
        nodeA.close();
        nodeB.close();
        alone.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "redis"})
    @DisplayName("a full bucket gives its capacity at once, then one token per period; a refusal says when the next one comes")
    void refillsAtItsRate(String store) {
        TokenBucketPort buckets = (store.equals("local") ? alone : nodeA).getBean(TokenBucketPort.class);

        assertThat(take(buckets, T0)).extracting(Take::taken, Take::remaining).containsExactly(true, 2L);
        assertThat(take(buckets, T0)).extracting(Take::taken, Take::remaining).containsExactly(true, 1L);
        assertThat(take(buckets, T0)).extracting(Take::taken, Take::remaining).containsExactly(true, 0L);
        assertThat(take(buckets, T0)).extracting(Take::taken, Take::untilNext).containsExactly(false, Duration.ofSeconds(1));
        assertThat(take(buckets, T0.plusMillis(400))).extracting(Take::taken, Take::untilNext).containsExactly(false, Duration.ofMillis(600));
        assertThat(take(buckets, T0.plusSeconds(1)).taken()).isTrue();
        assertThat(take(buckets, T0.plusSeconds(60))).extracting(Take::taken, Take::remaining).as("never above capacity").containsExactly(true, 2L);
    }

    @Test
    @DisplayName("through Redis two nodes spend one bucket; the local store is chosen without Redis")
    void nodesShareABucketThroughRedis() {
        TokenBucketPort a = nodeA.getBean(TokenBucketPort.class);
        TokenBucketPort b = nodeB.getBean(TokenBucketPort.class);

        take(a, T0);
        take(b, T0);
        take(a, T0);

        assertThat(take(b, T0).taken()).isFalse();
        assertThat(a).isInstanceOf(RedisTokenBuckets.class);
        assertThat(alone.getBean(TokenBucketPort.class)).isInstanceOf(LocalTokenBuckets.class);
    }

    @Test
    @DisplayName("while Redis cannot be reached the bucket is kept on the node, still limiting")
    void keepsTheBucketOnTheNodeWhileRedisIsAway() {
        try (ApplicationContext stranded = ApplicationContext.run(Map.of("redis.uri", "redis://127.0.0.1:6390"))) {
            TokenBucketPort buckets = stranded.getBean(TokenBucketPort.class);

            take(buckets, T0);
            take(buckets, T0);
            take(buckets, T0);

            assertThat(buckets).isInstanceOf(RedisTokenBuckets.class);
            assertThat(take(buckets, T0)).extracting(Take::taken, Take::untilNext).containsExactly(false, Duration.ofSeconds(1));
            assertThat(take(buckets, T0.plusSeconds(10)).taken()).as("asked Redis again after the pause, kept locally").isTrue();
        }
    }

    private static Take take(TokenBucketPort buckets, Instant at) {
        return buckets.take("caller:qinghai:qinghai-liaison", THREE_PER_SECOND_ONE, at);
    }
}
