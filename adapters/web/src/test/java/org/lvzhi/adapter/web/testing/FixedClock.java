package org.lvzhi.adapter.web.testing;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The clock the controllers read "today" from: 2026-03-02 in Beijing, whatever day the tests run. */
@Factory
public class FixedClock {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final Instant NOW = TODAY.atTime(10, 0).atZone(BEIJING).toInstant();

    @Singleton
    Clock clock() {
        return Clock.fixed(NOW, BEIJING);
    }
}
