package org.lvzhi.adapter.scheduler;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.quartz.Trigger;
import org.quartz.listeners.TriggerListenerSupport;

/** Counts the triggers that fired later than the misfire threshold allows (then they fire once, now), per job. */
class MisfireCounter extends TriggerListenerSupport {

    private final MeterRegistry meters;

    MisfireCounter(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public String getName() {
        return "lvzhi-misfires";
    }

    @Override
    public void triggerMisfired(Trigger trigger) {
        Counter.builder("lvzhi.quartz.misfires").description("triggers that fired later than the misfire threshold")
                .tag("job", trigger.getJobKey().getName()).register(meters).increment();
    }
}
