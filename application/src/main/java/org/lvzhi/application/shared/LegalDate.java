package org.lvzhi.application.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Legal dates are calendar days in China's time zone, whatever zone the server runs in. */
public final class LegalDate {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private LegalDate() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
