package org.lvzhi.adapter.identity.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The password hashes the local identity keeps: Argon2id with its parameters in the hash, salted, and checked. */
class Argon2PasswordHashesTest {

    private final Argon2PasswordHashes hashes = new Argon2PasswordHashes();

    @Test
    @DisplayName("a hash is an Argon2id PHC string carrying OWASP's minimum parameters, so raising them later keeps old hashes readable")
    void hashesWithArgon2id() {
        String hash = hashes.hash("青海湖2026!");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hash).doesNotContain("青海湖2026!");
    }

    @Test
    @DisplayName("the same password hashes differently each time (a fresh salt) and each hash matches it")
    void salts() {
        String first = hashes.hash("同一个密码 correct horse");
        String second = hashes.hash("同一个密码 correct horse");

        assertThat(first).isNotEqualTo(second);
        assertThat(hashes.matches("同一个密码 correct horse", first)).isTrue();
        assertThat(hashes.matches("同一个密码 correct horse", second)).isTrue();
    }

    @Test
    @DisplayName("another password, one character off or empty, does not match")
    void refusesOtherPasswords() {
        String hash = hashes.hash("s3cret-密码");

        assertThat(hashes.matches("s3cret-密", hash)).isFalse();
        assertThat(hashes.matches("S3cret-密码", hash)).isFalse();
        assertThat(hashes.matches("", hash)).isFalse();
    }

    @Test
    @DisplayName("wasting the time of a check on an unknown login takes about as long as a real check")
    void wastesTheTimeOfACheck() {
        String hash = hashes.hash("warm-up");
        hashes.matches("warm-up", hash);
        hashes.waste("warm-up");

        long checking = timed(() -> hashes.matches("a guess", hash));
        long wasting = timed(() -> hashes.waste("a guess"));

        assertThat(wasting).as("nanoseconds spent on an unknown login, against %d on a real check", checking)
                .isGreaterThan(checking / 10);
    }

    private static long timed(Runnable work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
