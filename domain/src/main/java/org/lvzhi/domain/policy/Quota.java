package org.lvzhi.domain.policy;

import java.util.List;
import java.util.Optional;

/**
 * At least {@code minimum} (and, where set, at most {@code maximum}) records of the counted types per window; or, with
 * {@code distinct}, distinct counterparts or days; or, with {@code sum}, the records' quantities added up in that unit
 * ("每年参加培训不少于1天").
 */
public record Quota(
        List<String> counts,
        int minimum,
        Optional<Integer> maximum,
        Window window,
        Optional<Audience> appliesTo,
        Optional<String> distinct,
        Optional<MeasureUnit> sum) {

    public Quota {
        counts = Absent.orEmpty(counts);
        maximum = Absent.orEmpty(maximum);
        appliesTo = Absent.orEmpty(appliesTo);
        distinct = Absent.orEmpty(distinct);
        sum = Absent.orEmpty(sum);
    }
}
