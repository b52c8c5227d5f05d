package org.lvzhi.application.duty.port.in;

import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.duty.DutyActivityId;

/**
 * Scheduling duty activities with their notice lead times, and registering who attended ("whoever organises
 * registers", DC-8.1).
 */
public interface DutyActivityUseCases {

    /** Schedules the activity and starts the profile's notice clocks for its date (QH-3.6, QH-8.2, DC-10.7). */
    ScheduledActivity schedule(ActingCaller caller, ScheduleActivityCommand command);

    DutyActivity find(ActingCaller caller, DutyActivityId id);

    Page<DutyActivity> list(ActingCaller caller, PageRequest page);

    AttendanceOutcome registerAttendance(ActingCaller caller, DutyActivityId id, AttendanceCommand command);

    /** The organiser records that the notice or materials the rule requires were sent. */
    NoticeRecorded recordNotice(ActingCaller caller, DutyActivityId id, String rule);
}
