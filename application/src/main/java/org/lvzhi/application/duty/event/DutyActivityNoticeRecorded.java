package org.lvzhi.application.duty.event;

import java.time.LocalDate;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.duty.DutyActivityId;

/** The organiser recorded that the notice a rule requires before a duty activity was sent, stopping its clock. */
public record DutyActivityNoticeRecorded(DutyActivityId activityId, String rule, LocalDate sentOn, int outstanding)
        implements Event {

    @Override
    public String code() {
        return "duty-activity.notice-recorded";
    }
}
