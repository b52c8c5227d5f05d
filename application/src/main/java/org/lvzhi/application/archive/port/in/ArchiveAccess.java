package org.lvzhi.application.archive.port.in;

import static org.lvzhi.application.shared.AccessRole.DELEGATION_HEAD;
import static org.lvzhi.application.shared.AccessRole.DEPUTY;
import static org.lvzhi.application.shared.AccessRole.GROUP_LEADER;
import static org.lvzhi.application.shared.AccessRole.INTEGRATION;
import static org.lvzhi.application.shared.AccessRole.LIAISON_OFFICER;
import static org.lvzhi.application.shared.AccessRole.PLATFORM_ADMIN;
import static org.lvzhi.application.shared.AccessRole.TENANT_ADMIN;

import org.lvzhi.application.shared.Grants;

/** Who may do what with deputies' archives, compliance standings and supervision cases. */
public final class ArchiveAccess {

    /** Read a deputy's archive: every deputy's for staff, leaders and integrations, a deputy their own. */
    public static final String READ_ARCHIVE = "archive.read";
    /** Read the compliance overview and the supervision cases. */
    public static final String READ_OVERVIEW = "archive.read-overview";
    /** Open, review and close supervision cases; run the evaluation now. */
    public static final String SUPERVISE = "archive.supervise";

    public static final Grants GRANTS = Grants.of()
            .allow(READ_ARCHIVE, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, DELEGATION_HEAD, GROUP_LEADER, DEPUTY, INTEGRATION)
            .allow(READ_OVERVIEW, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, DELEGATION_HEAD, GROUP_LEADER, INTEGRATION)
            .allow(SUPERVISE, TENANT_ADMIN, LIAISON_OFFICER)
            .build();

    private ArchiveAccess() {
    }
}
