package org.lvzhi.domain.compliance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.policy.MeasureUnit;
import org.lvzhi.domain.shared.Decimals;

/**
 * The verdict on one quota for one deputy: the rule and article it rests on, what was counted (a number of records,
 * or a sum of quantities in {@code unit}) and where it stands.
 */
public record QuotaVerdict(
        String rule,
        String article,
        String summary,
        List<String> counts,
        BigDecimal count,
        Optional<MeasureUnit> unit,
        int minimum,
        Optional<Integer> maximum,
        DateRange window,
        QuotaStatus status,
        boolean aboveMaximum) {

    public QuotaVerdict {
        count = Decimals.canonical(count);
        counts = List.copyOf(counts);
    }
}
