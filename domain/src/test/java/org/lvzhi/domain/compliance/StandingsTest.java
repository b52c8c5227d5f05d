package org.lvzhi.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.policy.RankScope;

/** Competition ranking (1, 2, 2, 4) from the top and from the bottom, within each unit of each scope. */
class StandingsTest {

    private static final DateRange YEAR = DateRange.year(2024);

    /** A deputy scored in 2024, of the congress and, when named, of a delegation. */
    static ScoredDeputy scored(DeputyId deputy, String score, String delegation) {
        Map<RankScope, String> units = new HashMap<>(Map.of(RankScope.CONGRESS, ""));
        if (delegation != null) {
            units.put(RankScope.DELEGATION, delegation);
        }
        return new ScoredDeputy(deputy, units, new DutyPoints("PT-1", "第一条", YEAR, new BigDecimal(score), Optional.empty(), List.of()));
    }

    @Test
    @DisplayName("90, 80, 80, 70: ranks 1, 2, 2, 4 from the top and 4, 2, 2, 1 from the bottom, of 4")
    void tiesShareARankAndTheNextSkips() {
        DeputyId a = DeputyId.random();
        DeputyId b = DeputyId.random();
        DeputyId c = DeputyId.random();
        DeputyId d = DeputyId.random();

        List<Placement> placements = Standings.of(YEAR, List.of(scored(c, "80", null), scored(a, "90", null), scored(d, "70", null),
                scored(b, "80.0", null)));

        assertThat(placements).extracting(Placement::deputy, Placement::fromTop, Placement::fromBottom, Placement::of)
                .containsExactlyInAnyOrder(tuple(a, 1, 4, 4), tuple(b, 2, 2, 4), tuple(c, 2, 2, 4), tuple(d, 4, 1, 4));
    }

    @Test
    @DisplayName("each delegation is ranked on its own; a deputy of no delegation is ranked only in the congress")
    void eachUnitOnItsOwn() {
        DeputyId first = DeputyId.random();
        DeputyId second = DeputyId.random();
        DeputyId other = DeputyId.random();
        DeputyId none = DeputyId.random();

        List<Placement> placements = Standings.of(YEAR, List.of(scored(first, "60", "一团"), scored(second, "70", "一团"),
                scored(other, "50", "二团"), scored(none, "100", null)));

        assertThat(placements.stream().filter(p -> p.scope() == RankScope.DELEGATION))
                .extracting(Placement::deputy, Placement::fromTop, Placement::of)
                .containsExactlyInAnyOrder(tuple(first, 2, 2), tuple(second, 1, 2), tuple(other, 1, 1));
        assertThat(placements.stream().filter(p -> p.scope() == RankScope.CONGRESS))
                .extracting(Placement::deputy, Placement::fromTop, Placement::window)
                .contains(tuple(none, 1, YEAR), tuple(other, 4, YEAR));
    }
}
