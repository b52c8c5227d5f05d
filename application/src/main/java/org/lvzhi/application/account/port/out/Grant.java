package org.lvzhi.application.account.port.out;

import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.domain.congress.CongressId;

/** An account's access role in one congress; a disabled grant keeps the history but lets nobody in. */
public record Grant(CongressId congress, AccessRole role, boolean enabled) {
}
