package org.lvzhi.application.identity.port.out;

import java.util.Optional;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/**
 * Gives people a sign-in at the identity provider: a user for the login (created, or found when the person
 * already has one; an e-mail address, when known, is where they are invited to set their password),
 * membership of the congress, and an access role.
 */
public interface IdentityProvisioningPort {

    /**
     * The identity side of a newly founded congress (Keycloak: its organization, alias = the congress id; the local
     * identity keeps grants per congress and needs nothing). Finds what an earlier, failed attempt left behind.
     */
    void open(CongressId congress, Name name);

    /** Takes back what {@link #open} made, when founding the congress failed after it. */
    void close(CongressId congress);

    void grant(Login login, Name name, Optional<EmailAddress> email, CongressId congress, AccessRole role);

    /** Ends the person's membership of the congress (termination, resignation); other congresses keep theirs. */
    void revoke(Login login, CongressId congress);
}
