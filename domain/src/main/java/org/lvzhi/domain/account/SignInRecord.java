package org.lvzhi.domain.account;

import java.time.Instant;
import java.util.Optional;

/** Wrong passwords in a row since the last success or lock, and until when the account is locked, if it is. */
public record SignInRecord(int failures, Optional<Instant> lockedUntil) {

    public static final SignInRecord CLEAN = new SignInRecord(0, Optional.empty());

    public SignInRecord {
        if (failures < 0) {
            throw new IllegalArgumentException("failures cannot be negative");
        }
    }
}
