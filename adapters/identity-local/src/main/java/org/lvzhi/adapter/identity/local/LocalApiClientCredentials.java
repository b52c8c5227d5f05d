package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.lvzhi.application.account.port.out.ApiClient;
import org.lvzhi.application.account.port.out.ApiClientCredentialsPort;

/**
 * The local identity checks a client's secret against the platform's own catalogue, which the use case has already
 * written: there is nothing else to keep in step.
 */
@Singleton
@Requires(notEnv = "keycloak")
class LocalApiClientCredentials implements ApiClientCredentialsPort {

    @Override
    public void register(ApiClient client, String secret) {
        // the catalogue is the store
    }

    @Override
    public void rotate(ApiClient client, String secret) {
        // the catalogue is the store
    }

    @Override
    public void revoke(ApiClient client) {
        // the catalogue is the store
    }
}
