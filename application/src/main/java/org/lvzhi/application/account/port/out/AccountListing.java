package org.lvzhi.application.account.port.out;

import java.util.List;
import java.util.Optional;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/** An account as its congress's tenant admin sees it: who, the roles there, and whether it may sign in. */
public record AccountListing(Login login, Name name, Optional<EmailAddress> email, List<AccessRole> roles,
                             boolean enabled, boolean passwordSet) {

    public AccountListing {
        roles = List.copyOf(roles);
    }
}
