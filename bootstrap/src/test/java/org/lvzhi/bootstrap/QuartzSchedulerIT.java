package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.scheduler.CalendarDutyJob;
import org.lvzhi.adapter.scheduler.QuartzSchedulers;
import org.lvzhi.adapter.scheduler.SchedulerSettings;
import org.lvzhi.domain.calendar.DutyDate;
import org.lvzhi.domain.calendar.DutyKey;
import org.lvzhi.domain.calendar.ScheduledDuty;
import org.lvzhi.domain.congress.CongressId;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.listeners.JobListenerSupport;

/**
 * Quartz itself: the nightly triggers as configured, in China time, and two nodes on one database where the one
 * left running fires what the stopped one scheduled (short check-in, a trigger due in two seconds, bounded wait).
 */
@MicronautTest(transactional = false)
@Property(name = "lvzhi.scheduler.enabled", value = "true")
@Property(name = "lvzhi.scheduler.run-jobs", value = "false")
@Property(name = "lvzhi.scheduler.name", value = "quartz-scheduler-it")
@Property(name = "lvzhi.evaluation.nightly.enabled", value = "true")
@Property(name = "lvzhi.evaluation.nightly.cron", value = "0 15 3 * * *")
@Property(name = "lvzhi.deadlines.poll-interval", value = "2m")
class QuartzSchedulerIT extends ApiTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject Scheduler scheduler;
    @Inject ApplicationContext context;
    @Inject @Named("platform") DataSource platform;

    @Test
    @DisplayName("the nightly evaluation fires at lvzhi.evaluation.nightly.cron in China time, the calendar reconciliation every night too")
    void nightlyTriggersFollowTheConfiguration() throws Exception {
        var nightly = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("nightly-evaluation", "lvzhi"));
        var reconciliation = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("calendar-reconciliation", "lvzhi"));

        assertThat(nightly.getCronExpression()).isEqualTo("0 15 3 * * ?");
        assertThat(nightly.getTimeZone().getID()).isEqualTo("Asia/Shanghai");
        assertThat(nightly.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(nightly.getNextFireTime().toInstant().atZone(CHINA).toLocalTime()).isEqualTo(LocalTime.of(3, 15));
        assertThat(reconciliation.getNextFireTime().toInstant().atZone(CHINA).toLocalTime()).isEqualTo(LocalTime.of(1, 0));
        assertThat(scheduler.getMetaData().getJobStoreClass().getSimpleName()).isEqualTo("JobStoreTX");
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
    }

    @Test
    @DisplayName("one trigger polls every congress's deadlines at lvzhi.deadlines.poll-interval, firing once after a misfire")
    void deadlinePollingTrigger() throws Exception {
        var poll = (org.quartz.SimpleTrigger) scheduler.getTrigger(TriggerKey.triggerKey("deadline-poll", "lvzhi"));

        assertThat(poll.getRepeatInterval()).isEqualTo(120_000L);
        assertThat(poll.getMisfireInstruction())
                .isEqualTo(org.quartz.SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NOW_WITH_EXISTING_REPEAT_COUNT);
        assertThat(poll.getJobKey().getName()).isEqualTo("deadline-poll");
    }

    @Test
    @DisplayName("two nodes on one database: the first schedules a calendar duty due in 2 s and stops, the second fires it; run again, it sends nothing")
    void theNodeLeftRunningFiresTheJob() throws Exception {
        SchedulerSettings settings = new SchedulerSettings(true, true, "failover-" + UUID.randomUUID(), 2, Duration.ofSeconds(1),
                Duration.ofSeconds(60), LocalTime.of(8, 0), Map.of());
        DataSource pool = context.findBean(DataSourceResolver.class).map(r -> r.resolve(platform)).orElse(platform);
        Scheduler first = QuartzSchedulers.create(settings, pool, (bundle, s) -> context.getBean(bundle.getJobDetail().getJobClass()));
        Scheduler second = QuartzSchedulers.create(settings, pool, (bundle, s) -> context.getBean(bundle.getJobDetail().getJobClass()));
        BlockingQueue<String> ranOn = new ArrayBlockingQueue<>(4);
        second.getListenerManager().addJobListener(new JobListenerSupport() {
            @Override
            public String getName() {
                return "fired";
            }

            @Override
            public void jobWasExecuted(JobExecutionContext done, JobExecutionException failure) {
                ranOn.add(done.getFireInstanceId() + (failure == null ? "" : " failed: " + failure.getMessage()));
            }
        });
        ScheduledDuty duty = new ScheduledDuty(new DutyKey("QH-11.6", "ANNUAL_DUTY_REPORT"),
                new DutyDate(LocalDate.of(2027, 11, 30), LocalDate.of(2027, 11, 30), DutyDate.Kind.DUE, 1, 1));
        try {
            first.start();
            second.start();
            JobKey job = JobKey.jobKey("calendar-duty", "lvzhi");
            first.addJob(JobBuilder.newJob(CalendarDutyJob.class).withIdentity(job).storeDurably().build(), true);
            first.scheduleJob(TriggerBuilder.newTrigger().withIdentity("calendar-duty/qinghai", "failover").forJob(job)
                    .usingJobData(new org.quartz.JobDataMap(Map.of("congress", "qinghai", "rule", "QH-11.6", "duty", "ANNUAL_DUTY_REPORT",
                            "fireOn", "2027-11-30", "dueOn", "2027-11-30", "kind", "DUE", "round", "1", "rounds", "1")))
                    .startAt(Date.from(Instant.now().plusSeconds(2)))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build());
            first.shutdown(true);

            String firedBy = ranOn.poll(30, TimeUnit.SECONDS);
            long sent = CalendarDutiesIT.count("SELECT count(*) FROM outbox_message WHERE tenant_id = 'qinghai'"
                    + " AND event = 'calendar-duty.due' AND body LIKE '%2027-11-30%'");
            int again = context.getBean(CalendarDutyJob.class).run(new CongressId("qinghai"), duty);

            assertThat(firedBy).as("fired within 30 s by the node left running").isNotNull().doesNotContain("failed");
            assertThat(sent).isPositive();
            assertThat(again).isZero();
            assertThat(CalendarDutiesIT.count("SELECT count(*) FROM outbox_message WHERE tenant_id = 'qinghai'"
                    + " AND event = 'calendar-duty.due' AND body LIKE '%2027-11-30%'")).isEqualTo(sent);
            assertThat(CalendarDutiesIT.count("SELECT count(*) FROM calendar_duty_occurrence WHERE tenant_id = 'qinghai'"
                    + " AND rule = 'QH-11.6' AND due_on = DATE '2027-11-30' AND kind = 'DUE'")).isEqualTo(1);
        } finally {
            first.shutdown(false);
            second.shutdown(true);
        }
    }

    @Test
    @DisplayName("a calendar duty's trigger fires on its day at 08:00 China time, and once late when it was missed")
    void calendarTriggerFiresOnItsDay() throws Exception {
        var triggers = context.getBean(org.lvzhi.application.calendar.port.out.CalendarTriggerPort.class);
        var qinghai = new CongressId("qinghai");
        triggers.schedule(qinghai, new ScheduledDuty(new DutyKey("QH-11.6", "ANNUAL_DUTY_REPORT"),
                new DutyDate(LocalDate.of(2027, 10, 31), LocalDate.of(2027, 11, 30), DutyDate.Kind.REMINDER, 1, 1)));

        var trigger = (org.quartz.SimpleTrigger) scheduler.getTrigger(TriggerKey.triggerKey("QH-11.6/ANNUAL_DUTY_REPORT", "calendar-duty/qinghai"));

        assertThat(trigger.getNextFireTime().toInstant()).isEqualTo(LocalDate.of(2027, 10, 31).atTime(8, 0).atZone(CHINA).toInstant());
        assertThat(trigger.getMisfireInstruction()).isEqualTo(org.quartz.SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW);
        assertThat(trigger.getRepeatCount()).isZero();
        assertThat(List.of(trigger.getJobKey().getName())).containsExactly("calendar-duty");
    }
}
