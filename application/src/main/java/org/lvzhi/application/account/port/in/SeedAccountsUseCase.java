package org.lvzhi.application.account.port.in;

import java.util.List;

/** Creates the seed accounts that do not exist yet; an existing account is left as its people left it. */
public interface SeedAccountsUseCase {

    void ensure(List<SeedAccount> accounts);
}
