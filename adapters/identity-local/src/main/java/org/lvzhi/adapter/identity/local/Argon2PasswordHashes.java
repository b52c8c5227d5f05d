package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.lvzhi.application.account.port.out.PasswordHashPort;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id (RFC 9106, winner of the Password Hashing Competition) through Spring Security Crypto, a small,
 * maintained library used without the rest of Spring, with Bouncy Castle's Argon2: memory-hard, so guessing
 * on GPUs costs what it costs on a server. Parameters are OWASP's minimum for Argon2id (19 MiB, 2 passes, 1
 * lane); the hash is a PHC string that carries them, so raising them later leaves old hashes readable.
 */
@Singleton
@Requires(notEnv = "keycloak")
class Argon2PasswordHashes implements PasswordHashPort {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int LANES = 1;
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int PASSES = 2;

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, LANES, MEMORY_KIB, PASSES);
    private final String wasted = encoder.encode("an unknown login spends the time of a real check");

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    @Override
    public void waste(String password) {
        encoder.matches(password, wasted);
    }
}
