package org.lvzhi.application.account.port.in;

/**
 * A forgotten password: a one-time link to set a new one goes to the account's e-mail address. The answer is the
 * same whether or not the login exists, so nobody learns which logins do.
 */
public interface PasswordResetUseCase {

    void requestReset(String login);
}
