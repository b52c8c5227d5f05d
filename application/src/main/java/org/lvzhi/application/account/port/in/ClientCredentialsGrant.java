package org.lvzhi.application.account.port.in;

import org.lvzhi.domain.shared.Messages;

/** The one grant the token route of API clients answers, with either identity: {@code client_credentials}. */
public final class ClientCredentialsGrant {

    public static final String TYPE = "client_credentials";

    private ClientCredentialsGrant() {
    }

    /** Refuses (422 at {@code /grant_type}) any other grant type. */
    public static void require(String grantType) {
        if (!TYPE.equals(grantType)) {
            throw Messages.of(ClientCredentialsGrant.class).violation("grant_type", "client.grant-type", TYPE);
        }
    }
}
