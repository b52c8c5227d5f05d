package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.lvzhi.application.account.port.out.Account;
import org.lvzhi.application.account.port.out.AccountPort;
import org.lvzhi.application.account.port.out.PasswordHashPort;
import org.lvzhi.application.account.port.out.PasswordStorePort;
import org.lvzhi.domain.account.SignInRecord;

/** With the local identity, a password chosen through a one-time link is hashed into the platform's account, and clears a lock. */
@Singleton
@Requires(notEnv = "keycloak")
class LocalPasswordStore implements PasswordStorePort {

    private final AccountPort accounts;
    private final PasswordHashPort hashes;

    LocalPasswordStore(AccountPort accounts, PasswordHashPort hashes) {
        this.accounts = accounts;
        this.hashes = hashes;
    }

    @Override
    public void keep(Account account, String password) {
        accounts.setPassword(account.id(), hashes.hash(password));
        accounts.recordSignIn(account.id(), account.signIn(), SignInRecord.CLEAN);
    }
}
