package org.lvzhi.application.deadline.port.in;

import static org.lvzhi.application.shared.AccessRole.HANDLING_UNIT;
import static org.lvzhi.application.shared.AccessRole.LIAISON_OFFICER;
import static org.lvzhi.application.shared.AccessRole.PLATFORM_ADMIN;
import static org.lvzhi.application.shared.AccessRole.TENANT_ADMIN;

import org.lvzhi.application.shared.Grants;

/** Who may do what with statutory clocks and the platform's holiday calendar. */
public final class DeadlineAccess {

    /** Read the congress's clocks and the overdue board. */
    public static final String READ_BOARD = "deadline.read-board";
    /** Mark a calendar duty's clock done. */
    public static final String MARK_DONE = "deadline.mark-done";
    /** Set a year's holiday calendar for the whole platform. */
    public static final String MAINTAIN_HOLIDAYS = "deadline.maintain-holidays";

    public static final Grants GRANTS = Grants.of()
            .allow(READ_BOARD, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, HANDLING_UNIT)
            .allow(MARK_DONE, TENANT_ADMIN, LIAISON_OFFICER)
            .allow(MAINTAIN_HOLIDAYS, PLATFORM_ADMIN)
            .build();

    private DeadlineAccess() {
    }
}
