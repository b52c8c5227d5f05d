package org.lvzhi.application.account;

import org.lvzhi.application.account.port.out.AccountPort;
import org.lvzhi.application.account.port.out.PasswordHashPort;
import org.lvzhi.application.account.port.out.PasswordStorePort;
import org.lvzhi.domain.account.SignInRecord;

/** The local identity keeps a chosen password as its hash in the platform's account, and clears a lock. */
public final class HashedPasswords implements PasswordStorePort {

    private final AccountPort accounts;
    private final PasswordHashPort hashes;

    public HashedPasswords(AccountPort accounts, PasswordHashPort hashes) {
        this.accounts = accounts;
        this.hashes = hashes;
    }

    @Override
    public void keep(Account account, String password) {
        accounts.setPassword(account.id(), hashes.hash(password));
        accounts.recordSignIn(account.id(), account.signIn(), SignInRecord.CLEAN);
    }
}
