package org.lvzhi.application.duty;

import java.util.EnumSet;
import java.util.Set;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;

/** Who reads deputies' archives: staff, leaders and external systems read every one; a deputy only their own. */
public final class ArchiveReaders {

    private static final Set<AccessRole> READ_ALL = EnumSet.of(
            AccessRole.PLATFORM_ADMIN, AccessRole.TENANT_ADMIN, AccessRole.LIAISON_OFFICER,
            AccessRole.DELEGATION_HEAD, AccessRole.GROUP_LEADER, AccessRole.INTEGRATION);

    private ArchiveReaders() {
    }

    public static boolean readsAll(ActingCaller caller) {
        return READ_ALL.stream().anyMatch(caller::has);
    }

    public static boolean mayRead(ActingCaller caller, DeputyView deputy) {
        return readsAll(caller)
                || deputy.person().login().map(login -> login.value().equals(caller.subject())).orElse(false);
    }
}
