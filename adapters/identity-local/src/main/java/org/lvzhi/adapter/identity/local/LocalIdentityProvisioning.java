package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.lvzhi.application.account.port.in.AccessGrants;
import org.lvzhi.application.identity.port.out.IdentityProvisioningPort;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/** The local identity provisions into its own accounts, in the caller's transaction (an invitation when new). */
@Singleton
@Requires(notEnv = "keycloak")
class LocalIdentityProvisioning implements IdentityProvisioningPort {

    private final AccessGrants grants;

    LocalIdentityProvisioning(AccessGrants grants) {
        this.grants = grants;
    }

    /** Grants are kept per congress in the platform's own tables: a new congress needs nothing more. */
    @Override
    public void open(CongressId congress, Name name) {
    }

    @Override
    public void close(CongressId congress) {
    }

    @Override
    public void grant(Login login, Name name, Optional<EmailAddress> email, CongressId congress, AccessRole role) {
        grants.grant(login, name, email, congress, role);
    }

    @Override
    public void revoke(Login login, CongressId congress) {
        grants.revoke(login, congress);
    }
}
