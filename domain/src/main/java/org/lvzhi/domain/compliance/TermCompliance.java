package org.lvzhi.domain.compliance;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotas of one profile made ready for the deputies of one term on one date: windows resolved and tallies
 * shared once, so judging each deputy only compares counts. Build it once and reuse it for every deputy.
 */
public final class TermCompliance {

    private final CountingPlan plan;

    TermCompliance(CountingPlan plan) {
        this.plan = plan;
    }

    /** The tallies to answer for each deputy before calling {@link #evaluate}. */
    public CountingPlan plan() {
        return plan;
    }

    public Compliance evaluate(DeputyAttributes deputy, TallyCounts counts) {
        List<QuotaVerdict> verdicts = new ArrayList<>(plan.checks().size());
        for (QuotaCheck check : plan.checks()) {
            if (check.appliesTo(deputy)) {
                verdicts.add(check.judge(counts.count(check.tally())));
            }
        }
        return new Compliance(plan.on(), verdicts);
    }
}
