package org.lvzhi.application.account.port.in;

import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/**
 * A real deployment's first platform admin, named by its configuration: their account, and an e-mail with a one-time
 * link to choose a password, sent at every start until they have chosen one.
 */
public interface FirstPlatformAdminUseCase {

    void invite(Login login, Name name, EmailAddress email);
}
