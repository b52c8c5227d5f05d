package org.lvzhi.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How an account answers repeated wrong passwords: after {@code maxFailures} in a row it is locked for
 * {@code lockFor}, during which even the right password is refused; a success resets the count.
 */
public record Lockout(int maxFailures, Duration lockFor) {

    public Lockout {
        if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("a lockout needs at least one failure and a positive time");
        }
    }

    public boolean locks(SignInRecord record, Instant now) {
        return record.lockedUntil().filter(now::isBefore).isPresent();
    }

    /** The record after a wrong password at {@code now}: one more failure, and locked once there are enough. */
    public SignInRecord afterFailure(SignInRecord record, Instant now) {
        int failures = locksExpired(record, now) ? 1 : record.failures() + 1;
        return failures >= maxFailures
                ? new SignInRecord(0, Optional.of(now.plus(lockFor)))
                : new SignInRecord(failures, record.lockedUntil().filter(now::isBefore));
    }

    private static boolean locksExpired(SignInRecord record, Instant now) {
        return record.lockedUntil().filter(until -> !now.isBefore(until)).isPresent();
    }
}
