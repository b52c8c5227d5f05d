package org.lvzhi.application.attendance.event;

import java.util.Optional;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.attendance.LeaveFrom;
import org.lvzhi.domain.attendance.LeaveRequestId;
import org.lvzhi.domain.attendance.LeaveState;
import org.lvzhi.domain.deputy.DeputyId;

/** A deputy's leave request was approved or refused under the rule its chain cites, with the last decider's note. */
public record LeaveRequestDecided(LeaveRequestId leaveRequestId, DeputyId deputyId, String name, LeaveFrom leaveFrom,
                                  LeaveState state, String rule, Optional<String> note) implements Event {

    @Override
    public String code() {
        return "leave-request.decided";
    }
}
