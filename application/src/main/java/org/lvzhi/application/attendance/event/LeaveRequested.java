package org.lvzhi.application.attendance.event;

import java.time.LocalDate;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.attendance.LeaveFrom;
import org.lvzhi.domain.attendance.LeaveRequestId;
import org.lvzhi.domain.attendance.LeaveState;
import org.lvzhi.domain.deputy.DeputyId;

/** A deputy asked leave from a session's meetings or a duty activity. */
public record LeaveRequested(LeaveRequestId leaveRequestId, DeputyId deputyId, LeaveFrom from, LocalDate date,
        int halfDays, LeaveState state) implements Event {

    @Override
    public String code() {
        return "leave-request.requested";
    }
}
