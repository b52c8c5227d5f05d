package org.lvzhi.application.ratelimit.port.in;

import java.time.Duration;
import java.util.Optional;
import org.lvzhi.application.ratelimit.port.out.BucketLimit;
import org.lvzhi.application.shared.ActingCaller;

/**
 * Every signed-in request spends one token from the caller's bucket and one from its congress's: a client that
 * floods the API slows itself, and one congress cannot starve the others on a shared platform.
 */
public interface RateLimits {

    /** {@code own}: the caller's own bucket size when it has one (an API client's), instead of the per-caller default. */
    Allowance spend(ActingCaller caller, Optional<BucketLimit> own);

    /** Whether the request may run; the tightest bucket's size and what is left in it; when to retry if refused. */
    record Allowance(boolean allowed, long limit, long remaining, Duration retryAfter, String reason) {
    }
}
