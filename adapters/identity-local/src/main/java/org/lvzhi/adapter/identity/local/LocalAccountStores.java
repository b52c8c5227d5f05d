package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.lvzhi.application.account.GrantedAccounts;
import org.lvzhi.application.account.HashedPasswords;
import org.lvzhi.application.account.port.out.AccountAuditPort;
import org.lvzhi.application.account.port.out.AccountDirectoryPort;
import org.lvzhi.application.account.port.out.AccountPort;
import org.lvzhi.application.account.port.out.PasswordHashPort;
import org.lvzhi.application.account.port.out.PasswordStorePort;

/**
 * With the local identity the platform's own accounts are the identity provider's: a password chosen through a
 * one-time link is hashed into the account, and a congress's accounts are those with a grant there.
 */
@Factory
@Requires(notEnv = "keycloak")
class LocalAccountStores {

    @Singleton
    PasswordStorePort passwords(AccountPort accounts, PasswordHashPort hashes) {
        return new HashedPasswords(accounts, hashes);
    }

    @Singleton
    AccountDirectoryPort directory(AccountPort accounts, AccountAuditPort audit, Clock clock) {
        return new GrantedAccounts(accounts, audit, clock);
    }
}
