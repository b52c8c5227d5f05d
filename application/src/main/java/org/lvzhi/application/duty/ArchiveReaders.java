package org.lvzhi.application.duty;

import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.duty.port.in.DutyAccess;
import org.lvzhi.application.shared.ActingCaller;

/** Who reads deputies' archives: staff, leaders and external systems read every one; a deputy only their own. */
public final class ArchiveReaders {

    private ArchiveReaders() {
    }

    private static boolean readsAll(ActingCaller caller) {
        return DutyAccess.GRANTS.allows(caller, DutyAccess.READ_RECORDS);
    }

    public static boolean mayRead(ActingCaller caller, DeputyView deputy) {
        return readsAll(caller)
                || deputy.person().login().map(login -> login.value().equals(caller.subject())).orElse(false);
    }
}
