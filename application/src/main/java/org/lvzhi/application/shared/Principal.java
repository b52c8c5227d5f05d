package org.lvzhi.application.shared;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.lvzhi.domain.congress.CongressId;

/**
 * Who is calling, as every identity adapter (local or Keycloak) yields it: the subject, the congresses the
 * token grants, and the access roles. Where the identity grants roles per congress ({@code rolesByCongress}, the
 * local identity's accounts), {@code roles} is their union and a caller acts in a congress with that congress's
 * roles only ({@link #actingIn}); where it does not (Keycloak's realm roles), the roles hold in every congress.
 */
public record Principal(String subject, Set<CongressId> congresses, Set<AccessRole> roles,
                        Map<CongressId, Set<AccessRole>> rolesByCongress) {

    public Principal {
        congresses = Set.copyOf(congresses);
        roles = Set.copyOf(roles);
        rolesByCongress = Map.copyOf(rolesByCongress);
    }

    /** A principal whose roles hold in every congress it names. */
    public Principal(String subject, Set<CongressId> congresses, Set<AccessRole> roles) {
        this(subject, congresses, roles, Map.of());
    }

    public boolean has(AccessRole role) {
        return roles.contains(role);
    }

    /**
     * The principal as it acts in the congress: with the roles granted there (a tenant admin of one congress is only
     * a deputy in another), and the platform admin's role, which belongs to no congress.
     */
    public Principal actingIn(CongressId congress) {
        if (rolesByCongress.isEmpty()) {
            return this;
        }
        Set<AccessRole> acting = EnumSet.noneOf(AccessRole.class);
        acting.addAll(rolesByCongress.getOrDefault(congress, Set.of()));
        if (has(AccessRole.PLATFORM_ADMIN)) {
            acting.add(AccessRole.PLATFORM_ADMIN);
        }
        return new Principal(subject, congresses, acting, rolesByCongress);
    }
}
