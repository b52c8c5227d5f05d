package org.lvzhi.application.account.port.out;

import java.util.UUID;
import org.lvzhi.application.shared.Principal;

/**
 * Signs access tokens for the local identity: the claim contract, plus the session ({@code sid}) they belong to; or, for
 * an API client, the credential of its current secret and its own request limit ({@code ApiClientClaims}).
 */
public interface AccessTokenPort {

    Issued issue(Principal principal, UUID session);

    Issued issue(ApiClient client);

    record Issued(String token, long expiresInSeconds) {
    }
}
