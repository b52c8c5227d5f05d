package org.lvzhi.bootstrap;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The platform's clock for tests that move time (enable with lvzhi.test.movable-clock=true). */
@Singleton
@Replaces(Clock.class)
@Requires(property = "lvzhi.test.movable-clock", value = "true")
class MovableClock extends Clock {

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    void reset() {
        ahead.set(Duration.ZERO);
    }

    /** Moves the clock to noon of the day in China, wherever it was. */
    void moveTo(LocalDate day) {
        ahead.set(Duration.between(Instant.now(), day.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    void advance(Duration by) {
        ahead.updateAndGet(current -> current.plus(by));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), ahead.get());
    }
}
