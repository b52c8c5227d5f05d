package org.lvzhi.application.account.port.in;

import java.util.Optional;

/** The identity provider refused the sign-in: 401, saying why when that is safe to say (a lock, a disabled account). */
public class SignInRefused extends RuntimeException {

    private final transient Optional<String> reason;

    public SignInRefused() {
        super("user name or password refused");
        this.reason = Optional.empty();
    }

    public SignInRefused(String reason) {
        super(reason);
        this.reason = Optional.of(reason);
    }

    /** The Chinese reason to show; none means the usual "user name or password refused". */
    public Optional<String> reason() {
        return reason;
    }
}
