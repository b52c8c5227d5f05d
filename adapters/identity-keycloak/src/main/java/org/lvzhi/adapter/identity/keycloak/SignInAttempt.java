package org.lvzhi.adapter.identity.keycloak;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * One browser sign-in in flight (RFC 6749 state, RFC 7636 PKCE): the state the callback must bring back and the code
 * verifier whose S256 challenge went to Keycloak. Both travel in a short-lived HttpOnly cookie of the browser that
 * started the sign-in, so any node may take the callback, and a callback from another browser or a forged one fails.
 */
record SignInAttempt(String state, String verifier) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char SEPARATOR = '.';

    static SignInAttempt start() {
        return new SignInAttempt(random(), random());
    }

    /** The attempt a cookie holds; empty when it holds none or is malformed. */
    static Optional<SignInAttempt> of(String cookie) {
        int dot = cookie == null ? -1 : cookie.indexOf(SEPARATOR);
        if (dot <= 0 || dot == cookie.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new SignInAttempt(cookie.substring(0, dot), cookie.substring(dot + 1)));
    }

    String cookie() {
        return state + SEPARATOR + verifier;
    }

    /** BASE64URL(SHA-256(verifier)), RFC 7636 section 4.2. */
    String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Compared in constant time: the state is a secret of this browser. */
    boolean answeredBy(String returnedState) {
        return returnedState != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII),
                returnedState.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
