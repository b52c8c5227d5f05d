package org.lvzhi.application.ratelimit.port.out;

import java.time.Duration;
import java.time.Instant;

/** Token buckets shared by every node that serves the platform (or this node's own, with no shared store). */
public interface TokenBucketPort {

    /** Takes one token from the bucket if it has one, refilling it first for the time passed since its last use. */
    Take take(String bucket, BucketLimit limit, Instant now);

    /** Whether a token was taken, how many are left (whole tokens), and how long until the next one when none was. */
    record Take(boolean taken, long remaining, Duration untilNext) {
    }
}
