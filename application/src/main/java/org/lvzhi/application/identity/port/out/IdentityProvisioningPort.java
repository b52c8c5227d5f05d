package org.lvzhi.application.identity.port.out;

import org.lvzhi.application.identity.AccessRole;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/**
 * Gives people a sign-in at the identity provider: a user for the login (created, or found when the person
 * already has one), membership of the congress, and an access role. Passwords live only at the provider.
 */
public interface IdentityProvisioningPort {

    void grant(Login login, Name name, CongressId congress, AccessRole role);

    /** Ends the person's membership of the congress (termination, resignation); other congresses keep theirs. */
    void revoke(Login login, CongressId congress);
}
