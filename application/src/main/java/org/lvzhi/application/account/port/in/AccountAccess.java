package org.lvzhi.application.account.port.in;

import static org.lvzhi.application.shared.AccessRole.PLATFORM_ADMIN;
import static org.lvzhi.application.shared.AccessRole.TENANT_ADMIN;

import org.lvzhi.application.shared.Grants;

/** Who may administer the accounts and the API clients of a congress. */
public final class AccountAccess {

    /** List, invite, disable and enable the accounts of the congress. */
    public static final String MANAGE = "account.manage";
    /** Create, list, rotate and revoke the congress's API clients. */
    public static final String MANAGE_CLIENTS = "account.manage-clients";

    public static final Grants GRANTS = Grants.of()
            .allow(MANAGE, PLATFORM_ADMIN, TENANT_ADMIN)
            .allow(MANAGE_CLIENTS, PLATFORM_ADMIN, TENANT_ADMIN)
            .build();

    private AccountAccess() {
    }
}
