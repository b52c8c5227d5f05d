package org.lvzhi.domain.policy;

import java.util.List;
import java.util.Optional;

/** At least {@code minimum} (and, where set, at most {@code maximum}) records of the counted types per window. */
public record Quota(
        List<String> counts,
        int minimum,
        Optional<Integer> maximum,
        Window window,
        Optional<Audience> appliesTo,
        Optional<String> distinct) {

    public Quota {
        counts = Absent.orEmpty(counts);
        maximum = Absent.orEmpty(maximum);
        appliesTo = Absent.orEmpty(appliesTo);
        distinct = Absent.orEmpty(distinct);
    }
}
