package org.lvzhi.domain.policy;

import java.util.List;
import java.util.Optional;

/**
 * An optional points scheme (履职积分), scored per {@code window} (the term by default): {@code base} points every
 * window with no record at all, the entries' points per record or quantity, the deductions per absence, and the total
 * held at most at {@code cap} where set. The total falls in the first of the {@code bands} that contains it; the
 * validator refuses bands that leave a gap or overlap unless {@code bandsMayGap} or {@code bandsMayOverlap} says so.
 */
public record PointsScheme(
        String rule,
        String article,
        List<PointsEntry> entries,
        Optional<Window> window,
        int base,
        List<PointsDeduction> deductions,
        Optional<Integer> cap,
        List<ScoreBand> bands,
        boolean bandsMayGap,
        boolean bandsMayOverlap) {

    public PointsScheme {
        entries = Absent.orEmpty(entries);
        window = Absent.orEmpty(window);
        deductions = Absent.orEmpty(deductions);
        cap = Absent.orEmpty(cap);
        bands = Absent.orEmpty(bands);
    }
}
