package org.lvzhi.application.duty.port.out;

import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyActivityId;

/** Whether a deputy's leave from an activity was approved: an invited deputy who is absent without it is UNAPPROVED. */
public interface ActivityLeavePort {

    boolean approvedLeave(DeputyId deputy, DutyActivityId activity);
}
