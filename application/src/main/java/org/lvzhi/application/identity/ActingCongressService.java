package org.lvzhi.application.identity;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.logging.Logger;
import org.lvzhi.application.identity.port.in.ActingCongressResolver;
import org.lvzhi.application.identity.port.out.KnownCongressesPort;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Messages;

@Singleton
class ActingCongressService implements ActingCongressResolver {

    private static final Logger AUDIT = Logger.getLogger("org.lvzhi.audit");
    private static final Messages MESSAGES = Messages.of(ActingCongressService.class);

    private final KnownCongressesPort congresses;

    ActingCongressService(KnownCongressesPort congresses) {
        this.congresses = congresses;
    }

    @Override
    public ActingCaller resolve(Principal principal, Optional<String> requestedCongress) {
        Optional<CongressId> requested = requestedCongress.filter(h -> !h.isBlank()).map(this::parse);
        if (requested.isPresent()) {
            CongressId congress = requested.get();
            if (principal.congresses().contains(congress)) {
                return new ActingCaller(principal.actingIn(congress), congress);
            }
            if (principal.has(AccessRole.PLATFORM_ADMIN) && congresses.exists(congress)) {
                AUDIT.info(() -> "platform admin " + principal.subject() + " acts in congress " + congress);
                return new ActingCaller(principal.actingIn(congress), congress);
            }
            throw new AccessDenied(MESSAGES.text("congress.not-granted", congress));
        }
        if (principal.congresses().size() == 1) {
            CongressId only = principal.congresses().iterator().next();
            return new ActingCaller(principal.actingIn(only), only);
        }
        throw new AccessDenied(MESSAGES.text(
                principal.congresses().isEmpty() ? "congress.none" : "congress.ambiguous"));
    }

    private CongressId parse(String header) {
        try {
            return new CongressId(header.strip());
        } catch (InvariantViolation notASlug) {
            throw new AccessDenied(MESSAGES.text("congress.not-granted", header));
        }
    }
}
