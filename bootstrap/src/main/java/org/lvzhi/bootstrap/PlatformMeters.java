package org.lvzhi.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.lvzhi.adapter.persistence.shared.PlatformBacklog;
import org.lvzhi.adapter.scheduler.JobObserver;
import org.lvzhi.application.shared.LegalDate;

/**
 * The platform's own meters beside Micronaut's (HTTP by route and status, pools, JVM): the outbox backlog and the age
 * of its oldest message, the deadline clocks due (read from the database when scraped), and on a node that runs
 * Quartz its misfires and each job's run time (the nightly evaluation among them).
 */
@Singleton
class PlatformMeters implements MeterBinder, JobObserver {

    private final BeanProvider<PlatformBacklog> backlog;
    private final Clock clock;
    private MeterRegistry registry;
    private Counter misfires;

    /** The backlog is looked up when scraped: the pools' own meters are bound while the pools are being built. */
    PlatformMeters(BeanProvider<PlatformBacklog> backlog, Clock clock) {
        this.backlog = backlog;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        this.registry = meters;
        Gauge.builder("lvzhi.outbox.backlog", () -> backlog.get().outboxPending())
                .description("outbox messages not yet delivered, every congress").register(meters);
        Gauge.builder("lvzhi.outbox.oldest.age", () -> backlog.get().outboxOldestAge(clock.instant()).toMillis() / 1000.0)
                .description("how long the oldest undelivered outbox message has waited").baseUnit("seconds").register(meters);
        Gauge.builder("lvzhi.deadlines.due", () -> backlog.get().deadlinesDue(LegalDate.today(clock)))
                .description("deadline clocks wanting the poller today or earlier").register(meters);
        misfires = Counter.builder("lvzhi.quartz.misfires").description("Quartz triggers that fired late on this node").register(meters);
    }

    @Override
    public void misfired(String trigger) {
        if (misfires != null) {
            misfires.increment();
        }
    }

    @Override
    public void completed(String job, Duration runTime) {
        if (registry != null) {
            Timer.builder("lvzhi.job.duration").description("run time of each Quartz job on this node").tag("job", job)
                    .register(registry).record(runTime);
        }
    }
}
