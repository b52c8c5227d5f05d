package org.lvzhi.adapter.cache.redis;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether Redis is taken to be away: after a failure it is not asked again for a pause, so that requests do not each
 * wait on a connection attempt, and each outage is reported once when it begins and once when it ends.
 */
final class RedisOutage {

    static final Duration PAUSE = Duration.ofSeconds(5);

    private Instant askAgainAt;

    /** Whether Redis is to be left alone at this moment. */
    synchronized boolean pausing(Instant now) {
        return askAgainAt != null && now.isBefore(askAgainAt);
    }

    /** Redis failed; answers whether this failure begins an outage. */
    synchronized boolean failed(Instant now) {
        boolean begins = askAgainAt == null;
        askAgainAt = now.plus(PAUSE);
        return begins;
    }

    /** Redis answered; answers whether this ends an outage. */
    synchronized boolean answered() {
        boolean ends = askAgainAt != null;
        askAgainAt = null;
        return ends;
    }
}
