package org.lvzhi.adapter.scheduler;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;

/**
 * The node's scheduler, on the platform role's pool: the qrtz_ tables are the platform's, with no tenant rows,
 * so Quartz never runs under a congress's row-level security. Jobs are Micronaut beans; they set the congress
 * they act in through the use cases' transactions, one congress at a time.
 */
@Factory
@Requires(property = "lvzhi.scheduler.enabled", notEquals = "false")
class PlatformSchedulerFactory {

    /** Shut down (without waiting) if the lifecycle never started it; {@link SchedulerLifecycle} waits for jobs first. */
    @Singleton
    @Bean(preDestroy = "shutdown")
    Scheduler scheduler(SchedulerSettings settings, @Named("platform") DataSource platform, BeanContext beans, MeterRegistry meters) {
        DataSource pool = beans.findBean(DataSourceResolver.class).map(resolver -> resolver.resolve(platform)).orElse(platform);
        JobFactory jobs = (bundle, scheduler) -> beans.getBean(bundle.getJobDetail().getJobClass());
        Scheduler scheduler = QuartzSchedulers.create(settings, pool, jobs);
        try {
            scheduler.getListenerManager().addTriggerListener(new MisfireCounter(meters));
            scheduler.addJob(JobBuilder.newJob(NightlyEvaluationJob.class).withIdentity(Jobs.NIGHTLY_EVALUATION).storeDurably().build(), true);
            scheduler.addJob(JobBuilder.newJob(DeadlinePollJob.class).withIdentity(Jobs.DEADLINE_POLL).storeDurably().build(), true);
            scheduler.addJob(JobBuilder.newJob(CalendarDutyJob.class).withIdentity(Jobs.CALENDAR_DUTY).storeDurably().build(), true);
            scheduler.addJob(JobBuilder.newJob(CalendarReconciliationJob.class).withIdentity(Jobs.CALENDAR_RECONCILIATION)
                    .storeDurably().build(), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot store the platform's jobs: " + e.getMessage(), e);
        }
        return scheduler;
    }
}
