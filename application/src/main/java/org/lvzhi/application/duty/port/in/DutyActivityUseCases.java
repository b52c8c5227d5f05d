package org.lvzhi.application.duty.port.in;

import org.lvzhi.application.identity.ActingCaller;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.duty.DutyActivityId;

/** Scheduling duty activities and registering who attended ("whoever organises registers", DC-8.1). */
public interface DutyActivityUseCases {

    DutyActivity schedule(ActingCaller caller, ScheduleActivityCommand command);

    DutyActivity find(ActingCaller caller, DutyActivityId id);

    Page<DutyActivity> list(ActingCaller caller, PageRequest page);

    AttendanceOutcome registerAttendance(ActingCaller caller, DutyActivityId id, AttendanceCommand command);
}
