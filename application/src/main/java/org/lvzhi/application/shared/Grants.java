package org.lvzhi.application.shared;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Principal;

/**
 * Which access roles may perform each operation of a context, by the operation's stable code
 * ({@code "suggestion.handle"}). Each context writes its grants once, in the access class of its {@code port.in}
 * ({@code SuggestionAccess}); its use cases and the web adapter's routes both ask them. What a role alone cannot
 * decide (the sponsor, the lead unit, one's own record) is judged by the use case after the grant.
 */
public final class Grants {

    private final Map<String, Set<AccessRole>> roles;

    private Grants(Map<String, Set<AccessRole>> roles) {
        this.roles = Map.copyOf(roles);
    }

    public static Builder of() {
        return new Builder();
    }

    /** Whether any role the caller holds in the congress it acts in may perform the operation. */
    public boolean allows(ActingCaller caller, String code) {
        return allows(caller.principal(), code);
    }

    /** Whether any role of the principal may perform the operation: for what is done outside any congress. */
    public boolean allows(Principal principal, String code) {
        return rolesFor(code).orElseThrow(() -> new IllegalArgumentException("no grant for " + code))
                .stream().anyMatch(principal::has);
    }

    public Optional<Set<AccessRole>> rolesFor(String code) {
        return Optional.ofNullable(roles.get(code));
    }

    public Map<String, Set<AccessRole>> asMap() {
        return roles;
    }

    public static final class Builder {

        private final Map<String, Set<AccessRole>> roles = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder allow(String code, AccessRole... allowed) {
            if (roles.putIfAbsent(code, Set.copyOf(Arrays.asList(allowed))) != null) {
                throw new IllegalArgumentException("granted twice: " + code);
            }
            return this;
        }

        public Grants build() {
            return new Grants(roles);
        }
    }
}
