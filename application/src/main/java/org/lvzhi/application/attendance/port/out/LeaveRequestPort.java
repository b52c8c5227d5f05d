package org.lvzhi.application.attendance.port.out;

import java.util.List;
import java.util.Optional;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.attendance.LeaveRequest;
import org.lvzhi.domain.attendance.LeaveRequestId;
import org.lvzhi.domain.attendance.LeaveState;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.deputy.DeputyId;

/** The acting congress's leave requests with their decisions. */
public interface LeaveRequestPort {

    void add(LeaveRequest request);

    /** Stores the request's new state and the decisions taken since it was read; a decided step is never changed. */
    void update(LeaveRequest request);

    Optional<LeaveRequest> find(LeaveRequestId id);

    /** Requests latest first, filtered by state and deputy where given. */
    Slice<LeaveRequest> list(Optional<LeaveState> state, Optional<DeputyId> deputy, KeysetRequest page);

    /** Every pending request, oldest first. */
    List<LeaveRequest> pending();

    /** The requests for leave from the session or its meetings, whatever their state. */
    List<LeaveRequest> ofSession(SessionId session);
}
