package org.lvzhi.adapter.cache.redis;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.lvzhi.application.policy.port.out.ProfileCachePort;
import org.lvzhi.domain.policy.ProfileHistory;

/** Without Redis (the embedded default, one node): profile histories cached in this process only. */
@Singleton
@Requires(missingProperty = "redis.uri")
class LocalProfileCache implements ProfileCachePort {

    private final Map<String, ProfileHistory> histories = new ConcurrentHashMap<>();

    @Override
    public ProfileHistory get(String owner, Supplier<ProfileHistory> load) {
        return histories.computeIfAbsent(owner, o -> load.get());
    }

    @Override
    public void evict(String owner) {
        histories.remove(owner);
    }
}
