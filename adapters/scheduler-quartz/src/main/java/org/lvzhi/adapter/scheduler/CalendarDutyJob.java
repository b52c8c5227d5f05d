package org.lvzhi.adapter.scheduler;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import org.lvzhi.application.calendar.port.in.CalendarDuties;
import org.lvzhi.domain.calendar.DutyDate;
import org.lvzhi.domain.calendar.DutyKey;
import org.lvzhi.domain.calendar.ScheduledDuty;
import org.lvzhi.domain.congress.CongressId;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A calendar duty's day came for one congress: the trigger's data names which (congress, rule, duty, the day and
 * the due date). The use case records it once and tells whom it concerns in that congress's own transaction,
 * then moves the trigger to the duty's next day.
 */
@Singleton
public class CalendarDutyJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarDutyJob.class);

    static final String CONGRESS = "congress";
    static final String RULE = "rule";
    static final String DUTY = "duty";
    static final String FIRE_ON = "fireOn";
    static final String DUE_ON = "dueOn";
    static final String KIND = "kind";
    static final String ROUND = "round";
    static final String ROUNDS = "rounds";

    private final CalendarDuties calendar;

    CalendarDutyJob(CalendarDuties calendar) {
        this.calendar = calendar;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        run(new CongressId(data.getString(CONGRESS)), duty(data));
    }

    /** The job's entry point: the duty's day for the congress; answers how many were told. */
    public int run(CongressId congress, ScheduledDuty duty) {
        int told = calendar.fire(congress, duty.key(), duty.next());
        LOG.info("calendar duty {} of {} on {} (due {}): {} told", duty.key(), congress.value(), duty.next().fireOn(),
                duty.next().dueOn(), told);
        return told;
    }

    static JobDataMap data(CongressId congress, ScheduledDuty duty) {
        JobDataMap data = new JobDataMap();
        DutyDate date = duty.next();
        data.put(CONGRESS, congress.value());
        data.put(RULE, duty.key().rule());
        data.put(DUTY, duty.key().duty());
        data.put(FIRE_ON, date.fireOn().toString());
        data.put(DUE_ON, date.dueOn().toString());
        data.put(KIND, date.kind().name());
        data.put(ROUND, String.valueOf(date.round()));
        data.put(ROUNDS, String.valueOf(date.rounds()));
        return data;
    }

    static ScheduledDuty duty(JobDataMap data) {
        DutyDate date = new DutyDate(LocalDate.parse(data.getString(FIRE_ON)), LocalDate.parse(data.getString(DUE_ON)),
                DutyDate.Kind.valueOf(data.getString(KIND)), Integer.parseInt(data.getString(ROUND)),
                Integer.parseInt(data.getString(ROUNDS)));
        return new ScheduledDuty(new DutyKey(data.getString(RULE), data.getString(DUTY)), date);
    }
}
