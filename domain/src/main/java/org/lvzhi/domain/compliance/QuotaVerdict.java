package org.lvzhi.domain.compliance;

import java.util.List;
import java.util.Optional;

/** The verdict on one quota for one deputy: the rule and article it rests on, what was counted and where it stands. */
public record QuotaVerdict(
        String rule,
        String article,
        String summary,
        List<String> counts,
        long count,
        int minimum,
        Optional<Integer> maximum,
        DateRange window,
        QuotaStatus status,
        boolean aboveMaximum) {

    public QuotaVerdict {
        counts = List.copyOf(counts);
    }
}
