package org.lvzhi.application.ratelimit.port.in;

/** The platform's limits (configuration): one bucket per caller in a congress, one per congress. */
public record RateLimitPolicy(BucketLimit perCaller, BucketLimit perCongress) {
}
