package org.lvzhi.adapter.scheduler;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import org.lvzhi.application.calendar.port.out.CalendarTriggerPort;
import org.lvzhi.domain.calendar.DutyKey;
import org.lvzhi.domain.calendar.ScheduledDuty;
import org.lvzhi.domain.congress.CongressId;

/** With the scheduler off ({@code lvzhi.scheduler.enabled: false}) this node keeps no trigger and changes none. */
@Singleton
@Requires(property = "lvzhi.scheduler.enabled", value = "false")
class DisabledCalendarTriggers implements CalendarTriggerPort {

    @Override
    public List<ScheduledDuty> scheduled(CongressId congress) {
        return List.of();
    }

    @Override
    public void schedule(CongressId congress, ScheduledDuty duty) {
    }

    @Override
    public void unschedule(CongressId congress, DutyKey key) {
    }
}
