package org.lvzhi.application.account.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.ratelimit.port.out.BucketLimit;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.shared.Name;

/**
 * An external system's client of one congress (client credentials): the {@code clientId} it signs in with, which leads
 * with its congress's slug, the roles and request limit it was given, the hash of its current secret and the
 * {@code credential} that secret's tokens carry (a new one at each rotation, so tokens of an old secret are refused),
 * and who created and revoked it when.
 */
public record ApiClient(UUID id, String clientId, CongressId congress, Name name, List<AccessRole> roles,
                        Optional<BucketLimit> limit, String secretHash, UUID credential, Instant createdAt, String createdBy,
                        Optional<Instant> rotatedAt, Optional<Instant> revokedAt, Optional<String> revokedBy) {

    private static final char SEPARATOR = '.';

    public ApiClient {
        roles = List.copyOf(roles);
    }

    public boolean active() {
        return revokedAt.isEmpty();
    }

    /** The client with a new secret: its hash and the credential its tokens now carry. */
    public ApiClient rotated(String newSecretHash, UUID newCredential, Instant at) {
        return new ApiClient(id, clientId, congress, name, roles, limit, newSecretHash, newCredential, createdAt, createdBy,
                Optional.of(at), revokedAt, revokedBy);
    }

    public ApiClient revoked(Instant at, String by) {
        return new ApiClient(id, clientId, congress, name, roles, limit, secretHash, credential, createdAt, createdBy,
                rotatedAt, Optional.of(at), Optional.of(by));
    }

    /** {@code qinghai.k2x9…}: a client id names its congress, so a token request is answered in it. */
    public static String clientId(CongressId congress, String random) {
        return congress.value() + SEPARATOR + random;
    }

    /** The congress a client id names; empty for text that is no client id of the platform. */
    public static Optional<CongressId> congressOf(String clientId) {
        int dot = clientId == null ? -1 : clientId.indexOf(SEPARATOR);
        if (dot <= 0 || dot == clientId.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CongressId(clientId.substring(0, dot)));
        } catch (RuntimeException notASlug) {
            return Optional.empty();
        }
    }
}
