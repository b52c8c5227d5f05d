package org.lvzhi.application.identity;

import java.util.Set;
import org.lvzhi.domain.congress.CongressId;

/**
 * Who is calling, as every identity adapter (local or Keycloak) yields it: the subject, the congresses the
 * token grants, and the access roles.
 */
public record Principal(String subject, Set<CongressId> congresses, Set<AccessRole> roles) {

    public Principal {
        congresses = Set.copyOf(congresses);
        roles = Set.copyOf(roles);
    }

    public boolean has(AccessRole role) {
        return roles.contains(role);
    }
}
