package org.lvzhi.application.identity;

/** The identity provider refused the user name and password: 401. */
public class SignInRefused extends RuntimeException {

    public SignInRefused() {
        super("user name or password refused");
    }
}
