package org.lvzhi.adapter.scheduler;

import java.time.Duration;
import java.util.List;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.listeners.TriggerListenerSupport;

/** Passes the scheduler's misfires and job run times on to the {@link JobObserver}s. */
final class ObservedTriggers extends TriggerListenerSupport {

    private final List<JobObserver> observers;

    ObservedTriggers(List<JobObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    @Override
    public String getName() {
        return "lvzhi-observed-triggers";
    }

    @Override
    public void triggerMisfired(Trigger trigger) {
        observers.forEach(observer -> observer.misfired(trigger.getKey().getName()));
    }

    @Override
    public void triggerComplete(Trigger trigger, JobExecutionContext context, Trigger.CompletedExecutionInstruction instruction) {
        observers.forEach(observer -> observer.completed(context.getJobDetail().getKey().getName(), Duration.ofMillis(context.getJobRunTime())));
    }
}
