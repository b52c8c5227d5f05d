package org.lvzhi.application.calendar.port.out;

import java.util.List;
import org.lvzhi.domain.calendar.DutyKey;
import org.lvzhi.domain.calendar.ScheduledDuty;
import org.lvzhi.domain.congress.CongressId;

/**
 * The scheduler's triggers for calendar duties, one per congress and duty, shared by every node. A trigger
 * fires on its day and calls {@code CalendarDuties.fire}; one missed while no node ran fires once, late.
 */
public interface CalendarTriggerPort {

    List<ScheduledDuty> scheduled(CongressId congress);

    /** Adds the trigger, or replaces the one of the same key. */
    void schedule(CongressId congress, ScheduledDuty duty);

    void unschedule(CongressId congress, DutyKey key);
}
