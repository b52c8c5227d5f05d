package org.lvzhi.application.ratelimit.port.out;

import java.time.Duration;

/** A token bucket: holds at most {@code capacity} tokens and gains {@code refill} tokens every {@code per}. */
public record BucketLimit(long capacity, long refill, Duration per) {

    public BucketLimit {
        if (capacity < 1 || refill < 1 || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("a bucket needs a positive capacity, refill and period: " + capacity + ", " + refill + ", " + per);
        }
    }

    /** Tokens gained per nanosecond. */
    public double ratePerNano() {
        return (double) refill / per.toNanos();
    }
}
