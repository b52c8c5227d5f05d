package org.lvzhi.application.account.port.out;

/** A slow, salted password hash from a maintained library. */
public interface PasswordHashPort {

    String hash(String password);

    boolean matches(String password, String hash);

    /** Spends the time of one check, so an unknown login answers as slowly as a wrong password. */
    void waste(String password);
}
