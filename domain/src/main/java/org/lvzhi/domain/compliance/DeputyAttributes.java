package org.lvzhi.domain.compliance;

import java.util.Set;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.policy.Audience;
import org.lvzhi.domain.shared.Checks;

/** What some rules depend on about a deputy: grassroots or military deputy, constituency, offices held. */
public record DeputyAttributes(boolean grassroots, boolean military, Constituency constituency, Set<Position> positions) {

    public DeputyAttributes {
        Checks.required("constituency", constituency);
        positions = Set.copyOf(Checks.required("positions", positions));
    }

    /** Whether a rule for the audience applies: every attribute it sets is equal, and one of its positions is held. */
    public boolean matches(Audience audience) {
        return audience.grassroots().map(g -> g == grassroots).orElse(true)
                && audience.military().map(m -> m == military).orElse(true)
                && audience.constituency().map(c -> c == constituency).orElse(true)
                && (audience.positions().isEmpty() || positions.stream().anyMatch(p -> audience.positions().contains(p.name())));
    }
}
