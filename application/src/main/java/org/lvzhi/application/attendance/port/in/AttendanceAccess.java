package org.lvzhi.application.attendance.port.in;

import static org.lvzhi.application.shared.AccessRole.DELEGATION_HEAD;
import static org.lvzhi.application.shared.AccessRole.DEPUTY;
import static org.lvzhi.application.shared.AccessRole.GROUP_LEADER;
import static org.lvzhi.application.shared.AccessRole.INTEGRATION;
import static org.lvzhi.application.shared.AccessRole.LIAISON_OFFICER;
import static org.lvzhi.application.shared.AccessRole.PLATFORM_ADMIN;
import static org.lvzhi.application.shared.AccessRole.TENANT_ADMIN;

import org.lvzhi.application.shared.Grants;

/** Who may do what with sessions and leave requests; deciding a step is a matter of positions, not roles. */
public final class AttendanceAccess {

    /** Read sessions, their attendance and circulation. */
    public static final String READ_SESSIONS = "attendance.read-sessions";
    /** Create sessions, record attendance, close them. */
    public static final String MANAGE_SESSIONS = "attendance.manage-sessions";
    /** File a leave request: staff for any deputy, anyone else for their own seat. */
    public static final String FILE_LEAVE = "attendance.file-leave";
    /** File and withdraw leave for any deputy. */
    public static final String FILE_LEAVE_FOR_ANY = "attendance.file-leave-for-any";
    /** List leave requests: every one for those who see all, one's own for anyone else. */
    public static final String READ_LEAVE = "attendance.read-leave";
    /** See every leave request of the congress. */
    public static final String READ_ALL_LEAVE = "attendance.read-all-leave";
    /** Record the decision of a body outside the platform on a leave step. */
    public static final String RECORD_OUTSIDE_STEP = "attendance.record-outside-step";

    public static final Grants GRANTS = Grants.of()
            .allow(READ_SESSIONS, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, DELEGATION_HEAD, GROUP_LEADER, DEPUTY, INTEGRATION)
            .allow(MANAGE_SESSIONS, TENANT_ADMIN, LIAISON_OFFICER)
            .allow(FILE_LEAVE, TENANT_ADMIN, LIAISON_OFFICER, DELEGATION_HEAD, GROUP_LEADER, DEPUTY)
            .allow(FILE_LEAVE_FOR_ANY, TENANT_ADMIN, LIAISON_OFFICER)
            .allow(READ_LEAVE, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, DELEGATION_HEAD, GROUP_LEADER, DEPUTY)
            .allow(READ_ALL_LEAVE, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER)
            .allow(RECORD_OUTSIDE_STEP, TENANT_ADMIN, LIAISON_OFFICER)
            .build();

    private AttendanceAccess() {
    }
}
