package org.lvzhi.application.attendance.port.in;

import java.util.Optional;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.attendance.LeaveRequest;
import org.lvzhi.domain.attendance.LeaveRequestId;
import org.lvzhi.domain.attendance.LeaveState;

/** Leave requests through the approval chain the congress's profile prescribes (QH-4.2, QH-5, DC-3, JD-5, BL-7, BL-15). */
public interface LeaveUseCases {

    LeaveRequest request(ActingCaller caller, RequestLeaveCommand command);

    /** Staff see every request; anyone else the requests of their own seat. */
    Slice<LeaveRequest> list(ActingCaller caller, Optional<LeaveState> state, KeysetRequest page);

    /** The pending requests whose current step the caller may decide ("my approvals"). */
    Page<LeaveRequest> awaiting(ActingCaller caller, PageRequest page);

    LeaveRequest find(ActingCaller caller, LeaveRequestId id);

    LeaveRequest decide(ActingCaller caller, LeaveRequestId id, DecideLeaveCommand command);

    LeaveRequest withdraw(ActingCaller caller, LeaveRequestId id);
}
