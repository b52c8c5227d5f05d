package org.lvzhi.adapter.scheduler;

import java.time.ZoneId;
import org.lvzhi.application.shared.LegalDate;
import org.quartz.JobKey;

/** The platform's jobs: one per kind of work, never one per deadline (Quartz has a global lock). */
final class Jobs {

    static final String GROUP = "lvzhi";
    static final ZoneId CHINA = LegalDate.ZONE;

    /** Each night: supervision and compliance for every congress. */
    static final JobKey NIGHTLY_EVALUATION = JobKey.jobKey("nightly-evaluation", GROUP);
    /** Every few minutes: reminders and escalations of every congress's deadlines. */
    static final JobKey DEADLINE_POLL = JobKey.jobKey("deadline-poll", GROUP);
    /** A calendar duty's day: its triggers, one per congress and duty, carry which. */
    static final JobKey CALENDAR_DUTY = JobKey.jobKey("calendar-duty", GROUP);
    /** Every congress's calendar triggers brought in line with its profile: at start and each night. */
    static final JobKey CALENDAR_RECONCILIATION = JobKey.jobKey("calendar-reconciliation", GROUP);

    private Jobs() {
    }

    /** A Micronaut-style cron ("0 30 2 * * *") as Quartz wants it: one of day-of-month and day-of-week is "?". */
    static String quartzCron(String cron) {
        String[] fields = cron.trim().split("\\s+");
        if (fields.length == 6 && !"?".equals(fields[3]) && !"?".equals(fields[5])) {
            if ("*".equals(fields[5])) {
                fields[5] = "?";
            } else if ("*".equals(fields[3])) {
                fields[3] = "?";
            }
        }
        return String.join(" ", fields);
    }
}
