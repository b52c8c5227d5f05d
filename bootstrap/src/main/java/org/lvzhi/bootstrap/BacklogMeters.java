package org.lvzhi.bootstrap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;
import org.lvzhi.application.operations.port.in.PlatformBacklogs;
import org.lvzhi.application.operations.port.in.PlatformBacklogs.Backlogs;

/**
 * The platform's queues as gauges: outbox messages waiting and the oldest one's age, statutory clocks due. A
 * scrape reads the database at most once per {@code lvzhi.metrics.backlog-fresh-for} (15 s), however many gauges
 * and scrapers ask.
 */
@Singleton
class BacklogMeters implements ApplicationEventListener<StartupEvent> {

    private final MeterRegistry registry;
    private final PlatformBacklogs backlogs;
    private final Clock clock;
    private final Duration freshFor;
    private Backlogs last;
    private Instant readAt = Instant.MIN;

    BacklogMeters(MeterRegistry registry, PlatformBacklogs backlogs, Clock clock,
            @Value("${lvzhi.metrics.backlog-fresh-for:15s}") Duration freshFor) {
        this.registry = registry;
        this.backlogs = backlogs;
        this.clock = clock;
        this.freshFor = freshFor;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        gauge("lvzhi.outbox.backlog", "outbox messages waiting to be delivered", Backlogs::outboxPending);
        gauge("lvzhi.outbox.oldest.age", "seconds the oldest waiting outbox message has waited", b -> b.outboxOldestAge().toSeconds());
        gauge("lvzhi.deadline.backlog", "statutory clocks whose reminder or escalation is due", Backlogs::deadlinesDue);
    }

    private void gauge(String name, String description, ToDoubleFunction<Backlogs> figure) {
        Gauge.builder(name, this, meters -> figure.applyAsDouble(meters.current())).description(description).register(registry);
    }

    private synchronized Backlogs current() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(readAt.plus(freshFor))) {
            last = backlogs.now();
            readAt = now;
        }
        return last;
    }
}
