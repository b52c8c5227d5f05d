package org.lvzhi.domain.compliance;

import java.math.BigDecimal;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.Quota;

/**
 * One quota of a counting plan, with the tally that answers it, its window's pace and the minimum it asks of that
 * window (a yearly quota over part of a year asks its share, see {@link CountingPlan}).
 */
record QuotaCheck(PolicyRule rule, Quota quota, Tally tally, Pace pace, int minimum) {

    boolean appliesTo(DeputyAttributes deputy) {
        return quota.appliesTo().map(deputy::matches).orElse(true);
    }

    QuotaVerdict judge(BigDecimal count) {
        return new QuotaVerdict(rule.rule(), rule.article(), rule.summary(), quota.counts(), count, quota.sum(), minimum,
                quota.maximum(), tally.range(), pace.judge(count, minimum),
                quota.maximum().map(max -> count.compareTo(BigDecimal.valueOf(max)) > 0).orElse(false));
    }
}
