package org.lvzhi.application.idempotency.port.out;

import java.time.Instant;
import java.util.Optional;

/** The acting congress's idempotency keys: one row per caller and key, claimed by one request at a time. */
public interface IdempotencyRecordPort {

    /**
     * Claims the key for a request with this fingerprint unless a live claim holds it: a kept answer until it
     * expires, or a running request until its lease ends. True when this request now holds it.
     */
    boolean claim(String caller, String key, String fingerprint, Instant now, Instant expiresAt, Instant leaseEndsAt);

    void purgeExpired(Instant now);

    Optional<KeptRequest> find(String caller, String key);

    void keep(String caller, String key, KeptAnswer answer);

    void release(String caller, String key);

    /** A key's request as kept: its fingerprint and, once it has one, its answer. */
    record KeptRequest(String fingerprint, Optional<KeptAnswer> answer) {
    }
}
