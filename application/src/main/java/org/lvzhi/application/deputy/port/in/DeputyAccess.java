package org.lvzhi.application.deputy.port.in;

import static org.lvzhi.application.shared.AccessRole.DELEGATION_HEAD;
import static org.lvzhi.application.shared.AccessRole.DEPUTY;
import static org.lvzhi.application.shared.AccessRole.GROUP_LEADER;
import static org.lvzhi.application.shared.AccessRole.INTEGRATION;
import static org.lvzhi.application.shared.AccessRole.LIAISON_OFFICER;
import static org.lvzhi.application.shared.AccessRole.PLATFORM_ADMIN;
import static org.lvzhi.application.shared.AccessRole.TENANT_ADMIN;

import org.lvzhi.application.shared.Grants;

/** Who may do what with the register of deputies and the positions people hold. */
public final class DeputyAccess {

    /** Read the whole register of the congress's deputies. */
    public static final String READ_REGISTER = "deputy.read-register";
    /** Read one's own seat. */
    public static final String READ_OWN = "deputy.read-own";
    /** Read a deputy and their status history: the register's readers any, a deputy their own. */
    public static final String READ = "deputy.read";
    /** Register deputies, change their details and status. */
    public static final String MAINTAIN = "deputy.maintain";
    /** Read who holds which position. */
    public static final String READ_POSITIONS = "deputy.read-positions";
    /** Assign positions. */
    public static final String ASSIGN_POSITIONS = "deputy.assign-positions";

    public static final Grants GRANTS = Grants.of()
            .allow(READ_REGISTER, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, DELEGATION_HEAD, GROUP_LEADER, INTEGRATION)
            .allow(READ_OWN, DEPUTY)
            .allow(READ, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, DELEGATION_HEAD, GROUP_LEADER, DEPUTY, INTEGRATION)
            .allow(MAINTAIN, TENANT_ADMIN, LIAISON_OFFICER)
            .allow(READ_POSITIONS, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, DELEGATION_HEAD, GROUP_LEADER)
            .allow(ASSIGN_POSITIONS, TENANT_ADMIN, LIAISON_OFFICER)
            .build();

    private DeputyAccess() {
    }
}
