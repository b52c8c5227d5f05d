package org.lvzhi.domain.compliance;

import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.Quota;

/** One quota of a counting plan, with the tally that answers it and its window's pace. */
record QuotaCheck(PolicyRule rule, Quota quota, Tally tally, Pace pace) {

    boolean appliesTo(DeputyAttributes deputy) {
        return quota.appliesTo().map(deputy::matches).orElse(true);
    }

    QuotaVerdict judge(long count) {
        return new QuotaVerdict(rule.rule(), rule.article(), rule.summary(), quota.counts(), count, quota.minimum(),
                quota.maximum(), tally.range(), pace.judge(count, quota.minimum()),
                quota.maximum().map(max -> count > max).orElse(false));
    }
}
