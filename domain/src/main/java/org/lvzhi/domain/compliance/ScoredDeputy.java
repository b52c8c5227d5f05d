package org.lvzhi.domain.compliance;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.policy.RankScope;
import org.lvzhi.domain.shared.Checks;

/**
 * A deputy's points in one window, with the unit they belong to in each scope they can be ranked in (the congress, their
 * delegation, group, station; a scope they have no unit in is left out).
 */
public record ScoredDeputy(DeputyId deputy, Map<RankScope, String> units, DutyPoints points) {

    public ScoredDeputy {
        Checks.required("deputyId", deputy);
        units = Map.copyOf(Checks.required("units", units));
        Checks.required("points", points);
    }

    public BigDecimal score() {
        return points.total();
    }

    public Optional<String> band() {
        return points.band();
    }
}
