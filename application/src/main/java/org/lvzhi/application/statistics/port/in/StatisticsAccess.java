package org.lvzhi.application.statistics.port.in;

import static org.lvzhi.application.shared.AccessRole.DELEGATION_HEAD;
import static org.lvzhi.application.shared.AccessRole.GROUP_LEADER;
import static org.lvzhi.application.shared.AccessRole.INTEGRATION;
import static org.lvzhi.application.shared.AccessRole.LIAISON_OFFICER;
import static org.lvzhi.application.shared.AccessRole.PLATFORM_ADMIN;
import static org.lvzhi.application.shared.AccessRole.TENANT_ADMIN;

import org.lvzhi.application.shared.Grants;

/** Who may read the congress's statistics. */
public final class StatisticsAccess {

    /** Read the figures of the congress and the totals of those below it. */
    public static final String READ = "statistics.read";

    public static final Grants GRANTS = Grants.of()
            .allow(READ, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, DELEGATION_HEAD, GROUP_LEADER, INTEGRATION)
            .build();

    private StatisticsAccess() {
    }
}
