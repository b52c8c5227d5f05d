package org.lvzhi.adapter.scheduler;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once the node serves (the seed congresses exist by then): the nightly triggers are put in line with the
 * configuration, every congress's calendar triggers are reconciled once, and the node starts firing — unless
 * it is a node that only keeps triggers ({@code lvzhi.scheduler.run-jobs: false}). When the node stops, once its
 * requests are drained, the scheduler stands by (fires nothing more here; the cluster takes its triggers over), and
 * at shutdown it waits for running jobs, before the connection pool closes.
 */
@Singleton
@Requires(property = "lvzhi.scheduler.enabled", notEquals = "false")
class SchedulerLifecycle implements ApplicationEventListener<ShutdownEvent>, Ordered {

    /** After Micronaut's graceful shutdown (the drain), before the node's claims are released. */
    static final int STAND_BY_ORDER = 100;

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerLifecycle.class);

    static final TriggerKey NIGHTLY = TriggerKey.triggerKey("nightly-evaluation", Jobs.GROUP);
    static final TriggerKey DEADLINE_POLL = TriggerKey.triggerKey("deadline-poll", Jobs.GROUP);
    static final TriggerKey RECONCILIATION = TriggerKey.triggerKey("calendar-reconciliation", Jobs.GROUP);

    private final Scheduler scheduler;
    private final SchedulerSettings settings;
    private final boolean nightlyEnabled;
    private final String nightlyCron;
    private final String reconcileCron;
    private final Duration pollInterval;

    SchedulerLifecycle(Scheduler scheduler, SchedulerSettings settings,
            @Value("${lvzhi.evaluation.nightly.enabled:true}") boolean nightlyEnabled,
            @Value("${lvzhi.evaluation.nightly.cron:0 30 2 * * *}") String nightlyCron,
            @Value("${lvzhi.calendar.reconcile-cron:0 0 1 * * ?}") String reconcileCron,
            @Value("${lvzhi.deadlines.poll-interval:5m}") Duration pollInterval) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.nightlyEnabled = nightlyEnabled;
        this.nightlyCron = nightlyCron;
        this.reconcileCron = reconcileCron;
        this.pollInterval = pollInterval;
    }

    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        try {
            if (nightlyEnabled) {
                keep(cron(NIGHTLY, Jobs.NIGHTLY_EVALUATION, nightlyCron));
            } else {
                scheduler.unscheduleJob(NIGHTLY);
            }
            keep(cron(RECONCILIATION, Jobs.CALENDAR_RECONCILIATION, reconcileCron));
            keepPolling();
            scheduler.triggerJob(Jobs.CALENDAR_RECONCILIATION);
            if (settings.runJobs()) {
                scheduler.start();
                LOG.info("scheduler {} ({}) started with {} threads", settings.name(), scheduler.getSchedulerInstanceId(), settings.threads());
            } else {
                LOG.info("scheduler {} keeps triggers only: this node runs no jobs", settings.name());
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /** Every node writes the same trigger; it is replaced only when its schedule changed, so its next fire time stays. */
    private void keep(Trigger wanted) throws SchedulerException {
        Trigger existing = scheduler.getTrigger(wanted.getKey());
        if (existing instanceof org.quartz.CronTrigger current && wanted instanceof org.quartz.CronTrigger next
                && current.getCronExpression().equals(next.getCronExpression())
                && current.getTimeZone().getID().equals(next.getTimeZone().getID())) {
            return;
        }
        if (existing == null) {
            scheduler.scheduleJob(wanted);
        } else {
            scheduler.rescheduleJob(wanted.getKey(), wanted);
        }
    }

    /** The poll's interval trigger, replaced only when the interval changed. */
    private void keepPolling() throws SchedulerException {
        Trigger wanted = TriggerBuilder.newTrigger().withIdentity(DEADLINE_POLL).forJob(Jobs.DEADLINE_POLL)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(pollInterval.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNowWithExistingCount())
                .build();
        Trigger existing = scheduler.getTrigger(DEADLINE_POLL);
        if (existing == null) {
            scheduler.scheduleJob(wanted);
        } else if (!(existing instanceof SimpleTrigger current) || current.getRepeatInterval() != pollInterval.toMillis()) {
            scheduler.rescheduleJob(DEADLINE_POLL, wanted);
        }
    }

    private static Trigger cron(TriggerKey key, org.quartz.JobKey job, String cron) {
        return TriggerBuilder.newTrigger().withIdentity(key).forJob(job)
                .withSchedule(CronScheduleBuilder.cronSchedule(Jobs.quartzCron(cron))
                        .inTimeZone(TimeZone.getTimeZone(Jobs.CHINA))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        try {
            scheduler.standby();
            LOG.info("scheduler {} stands by: the cluster takes its triggers over", settings.name());
        } catch (SchedulerException e) {
            LOG.warn("cannot put the scheduler on standby: {}", e.getMessage());
        }
    }

    @Override
    public int getOrder() {
        return STAND_BY_ORDER;
    }

    @PreDestroy
    void stop() throws SchedulerException {
        scheduler.shutdown(true);
    }
}
