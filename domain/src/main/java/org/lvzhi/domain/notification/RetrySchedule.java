package org.lvzhi.domain.notification;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: exponential backoff (the base delay doubling with each failed attempt,
 * up to a cap) with random jitter, so that receivers coming back after an outage are not hit by every
 * sender at the same instant. After {@code maxAttempts} failed attempts there is no next try: the message is
 * dead.
 */
public final class RetrySchedule {

    /** How much of each delay is random. */
    public enum Jitter {
        /** Anywhere between zero and the full delay: spreads retries most widely. */
        FULL,
        /** Half the delay fixed, the other half random: never retries much sooner than planned. */
        EQUAL
    }

    public static final Duration DEFAULT_BASE = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CAP = Duration.ofHours(6);
    public static final int DEFAULT_MAX_ATTEMPTS = 10;

    private final Duration base;
    private final Duration cap;
    private final int maxAttempts;
    private final Jitter jitter;
    private final RandomGenerator random;

    public RetrySchedule(Duration base, Duration cap, int maxAttempts, Jitter jitter, RandomGenerator random) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.toMillis() < 1) {
            throw new IllegalArgumentException("the base delay must be at least a millisecond: " + base);
        }
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("the cap " + cap + " is shorter than the base delay " + base);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt must be allowed: " + maxAttempts);
        }
        this.base = base;
        this.cap = cap;
        this.maxAttempts = maxAttempts;
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** 30 s doubling up to 6 h, equal jitter, dead after 10 failed attempts. */
    public static RetrySchedule standard(RandomGenerator random) {
        return new RetrySchedule(DEFAULT_BASE, DEFAULT_CAP, DEFAULT_MAX_ATTEMPTS, Jitter.EQUAL, random);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * How long to wait after the {@code failedAttempts}-th failed attempt (1 for the first), or empty when that
     * was the last attempt allowed.
     */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failed attempts are counted from 1: " + failedAttempts);
        }
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(jittered(backoff(failedAttempts).toMillis()));
    }

    /** The delay before jitter: base × 2^(failedAttempts − 1), at most the cap. */
    Duration backoff(int failedAttempts) {
        int doublings = failedAttempts - 1;
        // Compare before multiplying so that a large attempt count cannot overflow.
        if (doublings >= Long.SIZE - 2 || base.compareTo(cap.dividedBy(1L << doublings)) > 0) {
            return cap;
        }
        return base.multipliedBy(1L << doublings);
    }

    private Duration jittered(long millis) {
        double share = random.nextDouble();
        long fixed = jitter == Jitter.FULL ? 0 : millis / 2;
        return Duration.ofMillis(fixed + Math.round((millis - fixed) * share));
    }
}
