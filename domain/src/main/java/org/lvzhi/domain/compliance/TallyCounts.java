package org.lvzhi.domain.compliance;

import java.math.BigDecimal;
import java.util.Map;

/** The answers to the tallies of a counting plan for one deputy: a count, or a sum of quantities. */
@FunctionalInterface
public interface TallyCounts {

    BigDecimal count(Tally tally);

    /** Answers a database gave per tally key; a tally it returned no row for counts zero. */
    static TallyCounts of(Map<String, BigDecimal> byKey) {
        Map<String, BigDecimal> copy = Map.copyOf(byKey);
        return tally -> copy.getOrDefault(tally.key(), BigDecimal.ZERO);
    }
}
