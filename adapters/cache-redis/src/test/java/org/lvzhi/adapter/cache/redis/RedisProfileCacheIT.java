package org.lvzhi.adapter.cache.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.policy.port.out.ProfileCachePort;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileHistory;
import org.lvzhi.domain.policy.ProfileVersion;

/** Two nodes sharing the Redis on 127.0.0.1:6379, each with its own application context. */
class RedisProfileCacheIT {

    private final Map<String, Object> shared = Map.of(
            "redis.uri", "redis://127.0.0.1:6379", "lvzhi.cache.prefix", "lvzhi-test-" + UUID.randomUUID());
    private final ApplicationContext nodeA = ApplicationContext.run(shared);
    private final ApplicationContext nodeB = ApplicationContext.run(shared);

    @AfterEach
    void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    @DisplayName("with Redis configured the cache is the Redis-coherent one, without it a local one")
    void redisCacheIsChosen() {
        assertThat(nodeA.getBean(ProfileCachePort.class)).isInstanceOf(RedisProfileCache.class);
        try (ApplicationContext withoutRedis = ApplicationContext.run()) {
            assertThat(withoutRedis.getBean(ProfileCachePort.class)).isInstanceOf(LocalProfileCache.class);
        }
    }

    @Test
    @DisplayName("a node answers from its cache until another node evicts the owner, then loads anew at once")
    void evictionOnOneNodeIsSeenByTheOther() {
        AtomicInteger loads = new AtomicInteger();
        ProfileCachePort cacheA = nodeA.getBean(ProfileCachePort.class);
        ProfileCachePort cacheB = nodeB.getBean(ProfileCachePort.class);

        ProfileHistory first = cacheA.get("qinghai", () -> history(loads.incrementAndGet()));
        ProfileHistory again = cacheA.get("qinghai", () -> history(loads.incrementAndGet()));
        cacheB.evict("qinghai");
        ProfileHistory afterEviction = cacheA.get("qinghai", () -> history(loads.incrementAndGet()));

        assertThat(again).isSameAs(first);
        assertThat(afterEviction.latest().orElseThrow().number()).isEqualTo(2);
        assertThat(loads).hasValue(2);
    }

    @Test
    @DisplayName("evicting one owner leaves the others cached")
    void evictionIsPerOwner() {
        AtomicInteger loads = new AtomicInteger();
        ProfileCachePort cache = nodeA.getBean(ProfileCachePort.class);
        cache.get("hunan", () -> history(loads.incrementAndGet()));

        nodeB.getBean(ProfileCachePort.class).evict("qinghai");
        cache.get("hunan", () -> history(loads.incrementAndGet()));

        assertThat(loads).hasValue(1);
    }

    private static ProfileHistory history(int version) {
        PolicyProfile profile = new PolicyProfile("qinghai", "青海", Optional.empty(), Optional.empty(), LocalDate.of(2018, 8, 1),
                Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), List.of());
        return new ProfileHistory("qinghai", List.of(new ProfileVersion(version, profile, Instant.EPOCH, "test")));
    }
}
