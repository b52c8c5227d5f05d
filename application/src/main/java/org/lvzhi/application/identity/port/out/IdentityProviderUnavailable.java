package org.lvzhi.application.identity.port.out;

/** The identity provider did not answer, or refused what the platform asked of it: 503, saying why. */
public class IdentityProviderUnavailable extends RuntimeException {

    public IdentityProviderUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public IdentityProviderUnavailable(String message) {
        super(message);
    }
}
