package org.lvzhi.application.account.port.out;

/**
 * Where a password chosen through a one-time link is kept: the local identity hashes it into the platform's own
 * account; Keycloak sets it on the realm's user (whose password policy may still refuse it, as a violation on
 * {@code password}).
 */
public interface PasswordStorePort {

    void keep(Account account, String password);
}
