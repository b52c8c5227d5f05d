package org.lvzhi.application.notification.port.in;

import static org.lvzhi.application.shared.AccessRole.PLATFORM_ADMIN;
import static org.lvzhi.application.shared.AccessRole.TENANT_ADMIN;

import org.lvzhi.application.shared.Grants;

/** Who may do what with notifications beyond one's own inbox and mutes. */
public final class NotificationAccess {

    /** Register webhook endpoints, rotate their secrets, replay dead letters. */
    public static final String MANAGE_WEBHOOKS = "notification.manage-webhooks";

    public static final Grants GRANTS = Grants.of()
            .allow(MANAGE_WEBHOOKS, PLATFORM_ADMIN, TENANT_ADMIN)
            .build();

    private NotificationAccess() {
    }
}
