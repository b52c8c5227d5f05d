package org.lvzhi.application.account.port.in;

import java.util.List;
import java.util.Map;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;

/** An account the platform sets up itself (demo users, configured users): login, password, roles per congress. */
public record SeedAccount(Login login, String password, boolean platformAdmin, Map<CongressId, List<AccessRole>> roles) {

    public SeedAccount {
        roles = Map.copyOf(roles);
    }
}
