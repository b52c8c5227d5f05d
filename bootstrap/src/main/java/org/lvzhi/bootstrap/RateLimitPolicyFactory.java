package org.lvzhi.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.lvzhi.application.ratelimit.port.in.RateLimitPolicy;
import org.lvzhi.application.ratelimit.port.out.BucketLimit;

/** The API's limits from configuration (README, "Rate limits"). */
@Factory
class RateLimitPolicyFactory {

    @Singleton
    RateLimitPolicy rateLimitPolicy(
            @Value("${lvzhi.rate-limit.caller.capacity:300}") long callerCapacity,
            @Value("${lvzhi.rate-limit.caller.per-second:100}") long callerPerSecond,
            @Value("${lvzhi.rate-limit.congress.capacity:3000}") long congressCapacity,
            @Value("${lvzhi.rate-limit.congress.per-second:1000}") long congressPerSecond) {
        return new RateLimitPolicy(new BucketLimit(callerCapacity, callerPerSecond, Duration.ofSeconds(1)),
                new BucketLimit(congressCapacity, congressPerSecond, Duration.ofSeconds(1)));
    }
}
