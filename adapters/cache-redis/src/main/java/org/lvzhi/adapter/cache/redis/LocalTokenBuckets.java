package org.lvzhi.adapter.cache.redis;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lvzhi.application.ratelimit.port.out.BucketLimit;
import org.lvzhi.application.ratelimit.port.out.TokenBucketPort;

/**
 * Without Redis (the embedded default, one node): the buckets live in this process. Buckets idle long enough to
 * be full again are forgotten, so callers that came once do not accumulate.
 */
@Singleton
@Requires(missingProperty = "redis.uri")
class LocalTokenBuckets implements TokenBucketPort {

    private record Level(double tokens, Instant at, BucketLimit limit) {

        double refilled(Instant now) {
            long elapsed = Math.max(0, Duration.between(at, now).toNanos());
            return Math.min(limit.capacity(), tokens + elapsed * limit.ratePerNano());
        }
    }

    /** Past this many buckets, the full ones are dropped (a full bucket and no bucket are the same). */
    private static final int TIDY_ABOVE = 10_000;

    private final Map<String, Level> levels = new ConcurrentHashMap<>();

    @Override
    public Take take(String bucket, BucketLimit limit, Instant now) {
        Take[] outcome = new Take[1];
        levels.compute(bucket, (key, level) -> {
            double before = level == null ? limit.capacity() : level.refilled(now);
            boolean taken = before >= 1;
            double after = taken ? before - 1 : before;
            outcome[0] = new Take(taken, (long) Math.floor(after), taken ? Duration.ZERO : untilNext(after, limit));
            return new Level(after, level == null || now.isAfter(level.at()) ? now : level.at(), limit);
        });
        if (levels.size() > TIDY_ABOVE) {
            levels.values().removeIf(level -> level.refilled(now) >= level.limit().capacity());
        }
        return outcome[0];
    }

    /** How long until a bucket holding {@code tokens} (fewer than one) has a whole token again. */
    static Duration untilNext(double tokens, BucketLimit limit) {
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / limit.ratePerNano()));
    }
}
