package org.lvzhi.adapter.scheduler;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.calendar.port.out.CalendarTriggerPort;
import org.lvzhi.domain.calendar.DutyKey;
import org.lvzhi.domain.calendar.ScheduledDuty;
import org.lvzhi.domain.congress.CongressId;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * One Quartz trigger per congress and calendar duty, {@code calendar-duty/<congress>} / {@code <rule>/<duty>}
 * (e.g. {@code calendar-duty/qinghai/QH-11.6/ANNUAL_DUTY_REPORT}), waiting for the duty's next day at
 * {@code lvzhi.scheduler.calendar-fires-at} China time. Missed while no node ran, it fires once, as soon as one
 * does (misfire: fire now).
 */
@Singleton
@Requires(property = "lvzhi.scheduler.enabled", notEquals = "false")
class QuartzCalendarTriggers implements CalendarTriggerPort {

    static final String GROUP_PREFIX = "calendar-duty/";

    private final Scheduler scheduler;
    private final SchedulerSettings settings;

    QuartzCalendarTriggers(Scheduler scheduler, SchedulerSettings settings) {
        this.scheduler = scheduler;
        this.settings = settings;
    }

    @Override
    public List<ScheduledDuty> scheduled(CongressId congress) {
        try {
            List<ScheduledDuty> scheduled = new ArrayList<>();
            for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group(congress)))) {
                Trigger trigger = scheduler.getTrigger(key);
                if (trigger != null) {
                    ScheduledDuty duty = CalendarDutyJob.duty(trigger.getJobDataMap());
                    scheduled.add(new ScheduledDuty(duty.key(), duty.next(),
                            Optional.ofNullable(trigger.getNextFireTime()).map(Date::toInstant)));
                }
            }
            scheduled.sort(Comparator.comparing(ScheduledDuty::next).thenComparing(d -> d.key().toString()));
            return scheduled;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the calendar triggers of " + congress.value() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void schedule(CongressId congress, ScheduledDuty duty) {
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(key(congress, duty.key()))
                .forJob(Jobs.CALENDAR_DUTY)
                .usingJobData(CalendarDutyJob.data(congress, duty))
                .startAt(Date.from(duty.next().fireOn().atTime(settings.calendarFiresAt()).atZone(Jobs.CHINA).toInstant()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            if (scheduler.checkExists(trigger.getKey())) {
                scheduler.rescheduleJob(trigger.getKey(), trigger);
            } else {
                scheduler.scheduleJob(trigger);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule " + trigger.getKey() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void unschedule(CongressId congress, DutyKey key) {
        try {
            scheduler.unscheduleJob(key(congress, key));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot unschedule " + key + " of " + congress.value() + ": " + e.getMessage(), e);
        }
    }

    static TriggerKey key(CongressId congress, DutyKey duty) {
        return TriggerKey.triggerKey(duty.toString(), group(congress));
    }

    private static String group(CongressId congress) {
        return GROUP_PREFIX + congress.value();
    }
}
