package org.lvzhi.application.attendance.event;

import org.lvzhi.application.event.Event;
import org.lvzhi.domain.attendance.LeaveRequestId;
import org.lvzhi.domain.attendance.LeaveState;
import org.lvzhi.domain.deputy.DeputyId;

/** A deputy withdrew their leave request before it was decided. */
public record LeaveWithdrawn(LeaveRequestId leaveRequestId, DeputyId deputyId, LeaveState state) implements Event {

    @Override
    public String code() {
        return "leave-request.withdrawn";
    }
}
