package org.lvzhi.domain.supervision;

import java.util.List;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.compliance.Placement;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/**
 * What RANKING rules look at for one deputy in one term: where they stood by points in each ranked window and scope
 * (ranked among the whole congress beforehand, see {@link org.lvzhi.domain.compliance.Standings}) and their cases.
 */
public record RankingFacts(DeputyId deputy, Term term, DeputyAttributes attributes, List<Placement> placements,
        List<SupervisionCase> cases) {

    public RankingFacts {
        Checks.required("deputyId", deputy);
        Checks.required("term", term);
        Checks.required("attributes", attributes);
        placements = List.copyOf(Checks.required("placements", placements));
        cases = List.copyOf(Checks.required("cases", cases));
        if (placements.stream().anyMatch(p -> !p.deputy().equals(deputy)) || cases.stream().anyMatch(c -> !c.deputy().equals(deputy))) {
            throw Messages.of(SupervisionFacts.class).violation("deputyId", "facts.other-deputy");
        }
    }
}
