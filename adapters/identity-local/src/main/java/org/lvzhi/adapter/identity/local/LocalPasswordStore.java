package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.lvzhi.application.account.HashedPasswords;
import org.lvzhi.application.account.port.out.AccountPort;
import org.lvzhi.application.account.port.out.PasswordHashPort;
import org.lvzhi.application.account.port.out.PasswordStorePort;

/** With the local identity, a password chosen through a one-time link is hashed into the platform's account. */
@Factory
@Requires(notEnv = "keycloak")
class LocalPasswordStore {

    @Singleton
    PasswordStorePort passwords(AccountPort accounts, PasswordHashPort hashes) {
        return new HashedPasswords(accounts, hashes);
    }
}
