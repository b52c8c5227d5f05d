package org.lvzhi.application.ratelimit;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.lvzhi.application.ratelimit.port.in.RateLimitPolicy;
import org.lvzhi.application.ratelimit.port.in.RateLimits;
import org.lvzhi.application.ratelimit.port.out.BucketLimit;
import org.lvzhi.application.ratelimit.port.out.TokenBucketPort.Take;
import org.lvzhi.application.ratelimit.port.out.TokenBucketPort;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.shared.Messages;

@Singleton
class RateLimitService implements RateLimits {

    private static final Messages MESSAGES = Messages.of(RateLimitService.class);

    private final TokenBucketPort buckets;
    private final RateLimitPolicy policy;
    private final Clock clock;

    RateLimitService(TokenBucketPort buckets, RateLimitPolicy policy, Clock clock) {
        this.buckets = buckets;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Allowance spend(ActingCaller caller, Optional<BucketLimit> ownLimit) {
        Instant now = clock.instant();
        String congress = caller.congress().value();
        BucketLimit callerLimit = ownLimit.orElse(policy.perCaller());
        Take own = buckets.take("caller:" + congress + ":" + caller.subject(), callerLimit, now);
        if (!own.taken()) {
            return refused(callerLimit, own, MESSAGES.text("caller.exhausted", callerLimit.capacity()));
        }
        Take shared = buckets.take("congress:" + congress, policy.perCongress(), now);
        if (!shared.taken()) {
            return refused(policy.perCongress(), shared, MESSAGES.text("congress.exhausted"));
        }
        return own.remaining() <= shared.remaining()
                ? new Allowance(true, callerLimit.capacity(), own.remaining(), Duration.ZERO, "")
                : new Allowance(true, policy.perCongress().capacity(), shared.remaining(), Duration.ZERO, "");
    }

    private static Allowance refused(BucketLimit limit, Take take, String reason) {
        return new Allowance(false, limit.capacity(), 0, take.untilNext(), reason);
    }
}
