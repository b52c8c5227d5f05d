package org.lvzhi.application.duty.event;

import java.time.LocalDate;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.duty.DutyActivityId;

/** A duty activity was scheduled for the deputies invited to it. */
public record DutyActivityScheduled(DutyActivityId activityId, TermId termId, String type, String title, LocalDate date,
        int invited) implements Event {

    @Override
    public String code() {
        return "duty-activity.scheduled";
    }
}
