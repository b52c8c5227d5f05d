package org.lvzhi.domain.attendance;

/** A deputy at one meeting: present, away on approved leave, or absent without approval (缺席). */
public enum AttendanceStatus {
    ATTENDED,
    ON_LEAVE,
    ABSENT
}
