package org.lvzhi.application.account.port.in;

import java.util.Optional;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/**
 * Access to a congress given and taken inside that congress's transaction (registering a deputy, terminating
 * their seat, inviting): an account without a password is invited by e-mail when it has an address.
 */
public interface AccessGrants {

    void grant(Login login, Name name, Optional<EmailAddress> email, CongressId congress, AccessRole role);

    void revoke(Login login, CongressId congress);
}
