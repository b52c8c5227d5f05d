package org.lvzhi.application.calendar.port.in;

import static org.lvzhi.application.shared.AccessRole.LIAISON_OFFICER;
import static org.lvzhi.application.shared.AccessRole.PLATFORM_ADMIN;
import static org.lvzhi.application.shared.AccessRole.TENANT_ADMIN;

import org.lvzhi.application.shared.Grants;

/** Who may read the calendar duties. */
public final class CalendarAccess {

    /** Read the congress's calendar duties. */
    public static final String READ = "calendar.read";

    public static final Grants GRANTS = Grants.of()
            .allow(READ, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER)
            .build();

    private CalendarAccess() {
    }
}
