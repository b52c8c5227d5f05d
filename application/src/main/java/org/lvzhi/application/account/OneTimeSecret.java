package org.lvzhi.application.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random secret handed to one person (a refresh token, an invitation link). Only its SHA-256 is stored: it
 * has 256 bits of entropy, so a fast hash suffices and a stolen table yields no usable secret.
 */
final class OneTimeSecret {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private OneTimeSecret() {
    }

    public static String generate() {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
