package org.lvzhi.domain.compliance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lvzhi.domain.policy.RankScope;

/**
 * Ranks the deputies scored in a window, within each unit of each scope (the whole congress, each delegation, group,
 * station): every deputy's {@link Placement} in every scope they belong to. Ties share a rank (competition ranking,
 * 1, 2, 2, 4), counted from the top and from the bottom alike.
 */
public final class Standings {

    private Standings() {
    }

    /** The placements of every deputy scored in one window (all scored in the same window). */
    public static List<Placement> of(DateRange window, Collection<ScoredDeputy> scored) {
        List<Placement> placements = new ArrayList<>();
        for (RankScope scope : RankScope.values()) {
            Map<String, List<ScoredDeputy>> units = scored.stream().filter(s -> s.units().containsKey(scope))
                    .collect(Collectors.groupingBy(s -> s.units().get(scope)));
            units.values().forEach(unit -> placements.addAll(rank(window, scope, unit)));
        }
        return placements;
    }

    private static List<Placement> rank(DateRange window, RankScope scope, List<ScoredDeputy> unit) {
        BigDecimal[] sorted = unit.stream().map(ScoredDeputy::score).sorted().toArray(BigDecimal[]::new);
        return unit.stream().map(s -> {
            int below = count(sorted, s.score(), false);
            int above = sorted.length - count(sorted, s.score(), true);
            return new Placement(s.deputy(), window, scope, above + 1, below + 1, sorted.length, s.score(), s.band());
        }).toList();
    }

    /** How many of the ascending scores are below the score, or with {@code orEqual} at most the score. */
    private static int count(BigDecimal[] ascending, BigDecimal score, boolean orEqual) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int order = ascending[middle].compareTo(score);
            if (order < 0 || orEqual && order == 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
