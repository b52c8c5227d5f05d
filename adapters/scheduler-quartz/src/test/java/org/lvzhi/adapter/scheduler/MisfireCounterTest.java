package org.lvzhi.adapter.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

class MisfireCounterTest {

    @Test
    @DisplayName("each misfired trigger counts once against its job")
    void countsMisfiresPerJob() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MisfireCounter counter = new MisfireCounter(meters);
        Trigger nightly = TriggerBuilder.newTrigger().forJob(Jobs.NIGHTLY_EVALUATION).build();
        Trigger poll = TriggerBuilder.newTrigger().forJob(Jobs.DEADLINE_POLL).build();

        counter.triggerMisfired(nightly);
        counter.triggerMisfired(nightly);
        counter.triggerMisfired(poll);

        assertThat(meters.get("lvzhi.quartz.misfires").tag("job", Jobs.NIGHTLY_EVALUATION.getName()).counter().count()).isEqualTo(2);
        assertThat(meters.get("lvzhi.quartz.misfires").tag("job", Jobs.DEADLINE_POLL.getName()).counter().count()).isEqualTo(1);
    }
}
