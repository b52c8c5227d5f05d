package org.lvzhi.application.account.port.in;

import java.util.Set;
import java.util.UUID;
import org.lvzhi.domain.congress.CongressId;

/**
 * Whether a signed token still describes its account at this moment: the session not signed out, and every
 * congress it names still granted. Asked on every request, so a disabled account is refused at once.
 */
public interface SessionCheck {

    boolean honours(String login, UUID session, Set<CongressId> congresses);
}
