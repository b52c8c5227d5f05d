package org.lvzhi.application.account.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens (stored as hashes), each in a family that one sign-in starts and every refresh continues. A
 * revoked family ends the session: its refresh tokens and the access tokens naming it stop working.
 */
public interface SessionPort {

    void issue(UUID family, UUID account, String tokenHash, Instant issuedAt, Instant expiresAt);

    /**
     * Marks the refresh token used, once: the token's family and account when it was unused, unrevoked and
     * unexpired; empty otherwise (see {@link #familyOf} for a token presented again).
     */
    Optional<Used> use(String tokenHash, Instant now);

    Optional<UUID> familyOf(String tokenHash);

    void revoke(UUID family, Instant now);

    void revokeAll(UUID account, Instant now);

    record Used(UUID family, UUID account) {
    }
}
