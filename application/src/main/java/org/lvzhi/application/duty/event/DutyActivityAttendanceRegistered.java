package org.lvzhi.application.duty.event;

import org.lvzhi.application.event.Event;
import org.lvzhi.domain.duty.DutyActivityId;

/** The organiser registered who attended a duty activity; the attendees got their duty records, the rest their absences. */
public record DutyActivityAttendanceRegistered(DutyActivityId activityId, int attended, int absent) implements Event {

    @Override
    public String code() {
        return "duty-activity.attendance-registered";
    }
}
