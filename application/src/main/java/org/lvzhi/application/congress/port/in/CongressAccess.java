package org.lvzhi.application.congress.port.in;

import static org.lvzhi.application.shared.AccessRole.DELEGATION_HEAD;
import static org.lvzhi.application.shared.AccessRole.GROUP_LEADER;
import static org.lvzhi.application.shared.AccessRole.LIAISON_OFFICER;
import static org.lvzhi.application.shared.AccessRole.PLATFORM_ADMIN;
import static org.lvzhi.application.shared.AccessRole.TENANT_ADMIN;

import org.lvzhi.application.shared.Grants;

/** Who may do what with congresses, their terms and organisation units. */
public final class CongressAccess {

    /** List and register the congresses of the platform. */
    public static final String MANAGE_CONGRESSES = "congress.manage";
    /** Record a congress's terms. */
    public static final String RECORD_TERMS = "congress.record-terms";
    /** Read the organisation units (delegations, groups, stations, handling units, committees). */
    public static final String READ_UNITS = "congress.read-units";
    /** Create and change organisation units. */
    public static final String MAINTAIN_UNITS = "congress.maintain-units";

    public static final Grants GRANTS = Grants.of()
            .allow(MANAGE_CONGRESSES, PLATFORM_ADMIN)
            .allow(RECORD_TERMS, TENANT_ADMIN, LIAISON_OFFICER)
            .allow(READ_UNITS, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, DELEGATION_HEAD, GROUP_LEADER)
            .allow(MAINTAIN_UNITS, TENANT_ADMIN, LIAISON_OFFICER)
            .build();

    private CongressAccess() {
    }
}
