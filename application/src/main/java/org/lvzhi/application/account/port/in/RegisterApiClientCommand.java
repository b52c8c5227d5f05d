package org.lvzhi.application.account.port.in;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Name;
import org.lvzhi.domain.shared.Violations;

/**
 * A tenant admin's new API client: its name, the roles it acts with, and optionally its own request limit (a bucket
 * of {@code capacity} refilled {@code perSecond}; without it the per-caller defaults). A client is a machine of the
 * congress: it may be given {@code INTEGRATION} and {@code LIAISON_OFFICER} (the office's writes, which an admin may
 * give people too), never an admin's role (a client administering clients or accounts) nor a person's (a seat, an
 * office or a unit belongs to someone).
 */
public record RegisterApiClientCommand(Name name, Set<AccessRole> roles, Optional<RequestLimit> limit) {

    public static final Set<AccessRole> GRANTABLE = Set.of(AccessRole.INTEGRATION, AccessRole.LIAISON_OFFICER);
    private static final Messages MESSAGES = Messages.of(RegisterApiClientCommand.class);

    public RegisterApiClientCommand {
        roles = Set.copyOf(roles);
    }

    public static RegisterApiClientCommand of(String name, List<String> roles, Long capacity, Long perSecond) {
        Violations violations = new Violations();
        Name parsedName = violations.check(() -> new Name(name));
        Set<AccessRole> parsedRoles = violations.check(() -> grantable(roles));
        Optional<RequestLimit> limit = violations.check(() -> RequestLimit.of(capacity, perSecond));
        violations.throwIfAny();
        return new RegisterApiClientCommand(parsedName, parsedRoles, limit);
    }

    private static Set<AccessRole> grantable(List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw MESSAGES.violation("roles", "client.roles.none");
        }
        Set<AccessRole> parsed = EnumSet.noneOf(AccessRole.class);
        for (String role : roles) {
            AccessRole one = Checks.oneOf("roles", AccessRole.class, role);
            if (!GRANTABLE.contains(one)) {
                throw MESSAGES.violation("roles", "client.role.not-grantable", one);
            }
            parsed.add(one);
        }
        return parsed;
    }

    /** A client's own bucket: at most {@code capacity} requests at once, {@code perSecond} more each second. */
    public record RequestLimit(long capacity, long perSecond) {

        static Optional<RequestLimit> of(Long capacity, Long perSecond) {
            if (capacity == null && perSecond == null) {
                return Optional.empty();
            }
            Violations violations = new Violations();
            violations.check(() -> positive("rateLimit.capacity", capacity));
            violations.check(() -> positive("rateLimit.perSecond", perSecond));
            violations.throwIfAny();
            return Optional.of(new RequestLimit(capacity, perSecond));
        }

        private static Long positive(String field, Long value) {
            if (value == null || value < 1) {
                throw MESSAGES.violation(field, "client.limit.positive");
            }
            return value;
        }
    }
}
