package org.lvzhi.application.policy.port.in;

import static org.lvzhi.application.shared.AccessRole.LIAISON_OFFICER;
import static org.lvzhi.application.shared.AccessRole.PLATFORM_ADMIN;
import static org.lvzhi.application.shared.AccessRole.TENANT_ADMIN;

import org.lvzhi.application.shared.Grants;

/** Who may do what with the congress's policy profile beyond reading the effective one. */
public final class PolicyAccess {

    /** Read the profile's versions and compare them. */
    public static final String READ_VERSIONS = "policy.read-versions";
    /** Validate and publish a profile, read its audit trail. */
    public static final String MANAGE = "policy.manage";

    public static final Grants GRANTS = Grants.of()
            .allow(READ_VERSIONS, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER)
            .allow(MANAGE, PLATFORM_ADMIN, TENANT_ADMIN)
            .build();

    private PolicyAccess() {
    }
}
