package org.lvzhi.domain.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the score bands of a scheme that hold no score, and the neighbouring bands (ordered by their lower edge) that
 * leave a gap or overlap: at equal edges exactly one of the two must include the edge score.
 */
final class PointsBandsCheck {

    /** A problem of the band at {@code index}: its message key and arguments. */
    record BandProblem(int index, String key, List<Object> arguments) {
    }

    private PointsBandsCheck() {
    }

    static List<BandProblem> check(PointsScheme scheme) {
        List<ScoreBand> bands = scheme.bands();
        List<BandProblem> problems = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            if (empty(bands.get(i))) {
                problems.add(new BandProblem(i, "band.empty", List.of(bands.get(i).name())));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> bands.get(i).lower().map(BandEdge::score).orElse(null),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        for (int k = 1; k < order.size(); k++) {
            ScoreBand below = bands.get(order.get(k - 1));
            ScoreBand above = bands.get(order.get(k));
            int meeting = meeting(below.upper(), above.lower());
            if (meeting < 0 && !scheme.bandsMayGap()) {
                problems.add(new BandProblem(order.get(k), "band.gap", List.of(below.name(), above.name())));
            } else if (meeting > 0 && !scheme.bandsMayOverlap()) {
                problems.add(new BandProblem(order.get(k), "band.overlap", List.of(below.name(), above.name())));
            }
        }
        return problems;
    }

    /** Negative when a gap is left between the two edges, positive when they overlap, zero when they meet exactly. */
    private static int meeting(Optional<BandEdge> upper, Optional<BandEdge> lower) {
        if (upper.isEmpty() || lower.isEmpty()) {
            return 1;
        }
        int order = upper.get().score().compareTo(lower.get().score());
        if (order != 0) {
            return order;
        }
        return Boolean.compare(upper.get().inclusive(), false) + Boolean.compare(lower.get().inclusive(), true);
    }

    private static boolean empty(ScoreBand band) {
        if (band.lower().isEmpty() || band.upper().isEmpty()) {
            return false;
        }
        BigDecimal low = band.lower().get().score();
        BigDecimal high = band.upper().get().score();
        int order = low.compareTo(high);
        return order > 0 || order == 0 && !(band.lower().get().inclusive() && band.upper().get().inclusive());
    }
}
