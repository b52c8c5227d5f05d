package org.lvzhi.application.ratelimit.port.in;

import org.lvzhi.application.ratelimit.port.out.BucketLimit;

/** The platform's limits (configuration): one bucket per caller in a congress, one per congress. */
public record RateLimitPolicy(BucketLimit perCaller, BucketLimit perCongress) {
}
