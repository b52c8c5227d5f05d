package org.lvzhi.domain.compliance;

import java.util.Map;

/** The answers to the tallies of a counting plan for one deputy. */
@FunctionalInterface
public interface TallyCounts {

    long count(Tally tally);

    /** Answers a database gave per tally key; a tally it returned no row for counts zero. */
    static TallyCounts of(Map<String, Long> byKey) {
        Map<String, Long> copy = Map.copyOf(byKey);
        return tally -> copy.getOrDefault(tally.key(), 0L);
    }
}
