package org.lvzhi.application.matter.port.in;

import static org.lvzhi.application.shared.AccessRole.DEPUTY;
import static org.lvzhi.application.shared.AccessRole.INTEGRATION;
import static org.lvzhi.application.shared.AccessRole.LIAISON_OFFICER;
import static org.lvzhi.application.shared.AccessRole.PLATFORM_ADMIN;
import static org.lvzhi.application.shared.AccessRole.TENANT_ADMIN;

import org.lvzhi.application.shared.Grants;

/** Who may do what with matters on statutory clocks. */
public final class MatterAccess {

    /** Record a matter and its steps. */
    public static final String RECORD = "matter.record";
    /** Read matters: every one for those who see all, a deputy those naming them. */
    public static final String READ = "matter.read";
    /** See every matter of the congress. */
    public static final String READ_ALL = "matter.read-all";

    public static final Grants GRANTS = Grants.of()
            .allow(RECORD, TENANT_ADMIN, LIAISON_OFFICER)
            .allow(READ, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, DEPUTY, INTEGRATION)
            .allow(READ_ALL, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, INTEGRATION)
            .build();

    private MatterAccess() {
    }
}
