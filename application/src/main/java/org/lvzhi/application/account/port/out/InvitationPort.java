package org.lvzhi.application.account.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.domain.congress.CongressId;

/** One-time links that let a person set their password (stored as hashes); a platform admin's names no congress. */
public interface InvitationPort {

    void add(String tokenHash, UUID account, Optional<CongressId> congress, Instant createdAt, Instant expiresAt);

    Optional<Pending> find(String tokenHash);

    /** Spends the link if it is unused and unexpired at {@code now}; false when it was not (two tabs at once). */
    boolean use(String tokenHash, Instant now);

    record Pending(UUID account, boolean used, Instant expiresAt) {
    }
}
