package org.lvzhi.domain.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a RANKING trigger asks of a deputy's points score in a window, exactly one of: ranked in the {@code top} or
 * {@code bottom} N of the {@code scope} (the congress by default), or in its top or bottom N percent
 * ({@code topPercent}, {@code bottomPercent}, 0 &lt; N ≤ 100); graded in one of the {@code bands}; or scored
 * {@code below} an edge ({@code inclusive}: at most the score, 以下; otherwise under it, 不满).
 */
public record Ranking(
        Optional<RankScope> scope,
        Optional<Integer> top,
        Optional<Integer> bottom,
        Optional<BigDecimal> topPercent,
        Optional<BigDecimal> bottomPercent,
        List<String> bands,
        Optional<BandEdge> below) {

    public Ranking {
        scope = Absent.orEmpty(scope);
        top = Absent.orEmpty(top);
        bottom = Absent.orEmpty(bottom);
        topPercent = Absent.orEmpty(topPercent);
        bottomPercent = Absent.orEmpty(bottomPercent);
        bands = Absent.orEmpty(bands);
        below = Absent.orEmpty(below);
    }

    public RankScope scopeOrCongress() {
        return scope.orElse(RankScope.CONGRESS);
    }

    /** How many criteria it sets: a valid ranking sets exactly one. */
    public int criteria() {
        return (top.isPresent() ? 1 : 0) + (bottom.isPresent() ? 1 : 0) + (topPercent.isPresent() ? 1 : 0)
                + (bottomPercent.isPresent() ? 1 : 0) + (bands.isEmpty() ? 0 : 1) + (below.isPresent() ? 1 : 0);
    }
}
