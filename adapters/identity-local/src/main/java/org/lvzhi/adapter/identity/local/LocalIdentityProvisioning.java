package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.lvzhi.application.identity.AccessRole;
import org.lvzhi.application.identity.port.out.IdentityProvisioningPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in identity's users come from configuration (the demo users), so there is nothing to create:
 * registering a login only records that it would be provisioned. Keycloak provisions for real.
 */
@Singleton
@Requires(notEnv = "keycloak")
class LocalIdentityProvisioning implements IdentityProvisioningPort {

    private static final Logger LOG = LoggerFactory.getLogger(LocalIdentityProvisioning.class);

    @Override
    public void grant(Login login, Name name, CongressId congress, AccessRole role) {
        LOG.info("Local identity: {} ({}) would sign in to {} as {}; local users come from configuration", login, name, congress, role);
    }

    @Override
    public void revoke(Login login, CongressId congress) {
        LOG.info("Local identity: {} no longer acts in {}", login, congress);
    }
}
