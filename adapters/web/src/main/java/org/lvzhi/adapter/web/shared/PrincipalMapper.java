package org.lvzhi.adapter.web.shared;

import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.shared.InvariantViolation;

/**
 * Reads the claim contract every identity adapter honours: the subject, {@code roles} and {@code congresses}
 * (congress slugs). Unknown roles and malformed slugs grant nothing.
 */
final class PrincipalMapper {

    static final String CONGRESSES = "congresses";
    /** Roles per congress, where the identity grants them so (the local identity); absent, the roles hold in each. */
    static final String GRANTS = "grants";

    private PrincipalMapper() {
    }

    static Principal toPrincipal(Authentication authentication) {
        return new Principal(authentication.getName(), congresses(authentication.getAttributes().get(CONGRESSES)),
                roles(authentication.getRoles()), rolesByCongress(authentication.getAttributes().get(GRANTS)));
    }

    private static Set<CongressId> congresses(Object claim) {
        if (!(claim instanceof Collection<?> slugs)) {
            return Set.of();
        }
        return slugs.stream().map(String::valueOf).flatMap(PrincipalMapper::slug).collect(Collectors.toSet());
    }

    private static java.util.stream.Stream<CongressId> slug(String value) {
        try {
            return java.util.stream.Stream.of(new CongressId(value));
        } catch (InvariantViolation malformed) {
            return java.util.stream.Stream.empty();
        }
    }

    private static Map<CongressId, Set<AccessRole>> rolesByCongress(Object claim) {
        Map<CongressId, Set<AccessRole>> granted = new HashMap<>();
        if (claim instanceof Map<?, ?> grants) {
            grants.forEach((slug, names) -> slug(String.valueOf(slug)).forEach(congress -> granted.put(congress,
                    names instanceof Collection<?> list ? roles(list.stream().map(String::valueOf).toList()) : Set.of())));
        }
        return granted;
    }

    private static Set<AccessRole> roles(Collection<String> names) {
        Set<AccessRole> roles = EnumSet.noneOf(AccessRole.class);
        for (AccessRole role : AccessRole.values()) {
            if (names.contains(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
