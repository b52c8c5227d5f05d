package org.lvzhi.application.account.port.in;

import java.util.Set;
import java.util.UUID;
import org.lvzhi.domain.congress.CongressId;

/**
 * Whether an API client's signed token still holds: the client not revoked, the token of its current secret
 * ({@value ApiClientClaims#CREDENTIAL}), and naming its congress only. Asked on every request, so a revocation or a
 * rotation takes effect at once on every node.
 */
public interface ApiClientCheck {

    boolean honours(String clientId, UUID credential, Set<CongressId> congresses);
}
