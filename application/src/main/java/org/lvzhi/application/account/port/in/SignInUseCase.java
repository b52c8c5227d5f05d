package org.lvzhi.application.account.port.in;

import java.util.UUID;

/** Signing in to the local identity, keeping the session alive, and ending it. */
public interface SignInUseCase {

    IssuedSession signIn(String login, String password);

    /** Trades a refresh token for a new pair; a refresh token presented twice revokes its whole family. */
    IssuedSession refresh(String refreshToken);

    /** Ends the session, or every session of the account. */
    void signOut(String login, UUID session, boolean everywhere);

    /** Sets a new password (under the policy) after checking the current one; every session ends. */
    void changePassword(String login, String currentPassword, String newPassword);
}
