package org.lvzhi.adapter.scheduler;

import jakarta.inject.Singleton;
import org.lvzhi.application.calendar.port.in.CalendarDuties;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start and each night ({@code lvzhi.calendar.reconcile-cron}): every congress's calendar triggers put in line
 * with its profile in force that day — a version that took effect overnight, a new term, a save whose
 * rescheduling a node did not finish.
 */
@Singleton
@DisallowConcurrentExecution
public class CalendarReconciliationJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarReconciliationJob.class);

    private final CalendarDuties calendar;

    CalendarReconciliationJob(CalendarDuties calendar) {
        this.calendar = calendar;
    }

    @Override
    public void execute(JobExecutionContext context) {
        CalendarDuties.Reconciliation done = calendar.reconcileAll();
        LOG.info("calendar triggers reconciled: {} added, {} changed, {} removed, {} kept",
                done.added(), done.changed(), done.removed(), done.kept());
    }
}
