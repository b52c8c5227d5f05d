package org.lvzhi.application.account.port.out;

import java.util.UUID;
import org.lvzhi.application.shared.Principal;

/** Signs access tokens for the local identity: the claim contract, plus the session ({@code sid}) they belong to. */
public interface AccessTokenPort {

    Issued issue(Principal principal, UUID session);

    record Issued(String token, long expiresInSeconds) {
    }
}
