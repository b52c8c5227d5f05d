package org.lvzhi.application.account.port.out;

/**
 * Where an API client's secret is checked when it asks for a token: with Keycloak a confidential client of the realm,
 * kept in step here; with the local identity the platform's own catalogue ({@link ApiClientPort}), so nothing more.
 */
public interface ApiClientCredentialsPort {

    void register(ApiClient client, String secret);

    /** The client now has this secret and credential; the old secret gets no token any more. */
    void rotate(ApiClient client, String secret);

    void revoke(ApiClient client);
}
