package org.lvzhi.domain.attendance;

public enum LeaveState {
    PENDING,
    APPROVED,
    REFUSED,
    WITHDRAWN
}
