package org.lvzhi.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LockoutTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    private final Lockout lockout = new Lockout(3, Duration.ofMinutes(15));

    @Test
    @DisplayName("the third wrong password in a row locks the account for fifteen minutes")
    void locksAfterMaxFailures() {
        SignInRecord record = SignInRecord.CLEAN;
        for (int i = 0; i < 3; i++) {
            assertThat(lockout.locks(record, NOW)).isFalse();
            record = lockout.afterFailure(record, NOW);
        }

        assertThat(lockout.locks(record, NOW)).isTrue();
        assertThat(lockout.locks(record, NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(lockout.locks(record, NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    @DisplayName("after the lock has run out, one wrong password does not lock again at once")
    void countsAfreshAfterTheLock() {
        SignInRecord locked = new SignInRecord(0, java.util.Optional.of(NOW));

        SignInRecord after = lockout.afterFailure(locked, NOW.plusSeconds(1));

        assertThat(after.failures()).isEqualTo(1);
        assertThat(lockout.locks(after, NOW.plusSeconds(1))).isFalse();
    }
}
