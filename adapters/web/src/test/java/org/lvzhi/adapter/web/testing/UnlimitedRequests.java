package org.lvzhi.adapter.web.testing;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.lvzhi.application.ratelimit.port.in.RateLimits;
import org.lvzhi.application.ratelimit.port.out.BucketLimit;
import org.lvzhi.application.shared.ActingCaller;

/** Every request may run: rate limiting has tests of its own against the real buckets. */
@Singleton
@Replaces(RateLimits.class)
class UnlimitedRequests implements RateLimits {

    @Override
    public Allowance spend(ActingCaller caller, Optional<BucketLimit> own) {
        return new Allowance(true, Long.MAX_VALUE, Long.MAX_VALUE, Duration.ZERO, "");
    }
}
