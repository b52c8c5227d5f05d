package org.lvzhi.domain.compliance;

import java.time.LocalDate;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.policy.EffectiveProfile;

/**
 * Judges a deputy against the quotas of a profile: rules of kind QUOTA, ENFORCED, with a quota block, whose
 * audience (if any) the deputy belongs to.
 *
 * <p>The status of a quota with minimum {@code m} over the window [from, to] of N days, on a date with
 * e = days elapsed from {@code from} to the date inclusive (capped at N) and {@code count} records counted:
 * <ol>
 *   <li>MET when count ≥ m (above the maximum it is still MET, flagged {@code aboveMaximum});</li>
 *   <li>otherwise BEHIND when the window has ended, or fewer than N/12 days of it remain after the date
 *       (for a calendar year: from 1 December) — the time left is too short to count on;</li>
 *   <li>otherwise AT_RISK when count &lt; floor(m × e / N): at least one whole record behind the pro-rata pace
 *       (for 3 a year: from the day a third of the year has elapsed, 2 May in a common year);</li>
 *   <li>otherwise ON_TRACK.</li>
 * </ol>
 *
 * <p>For many deputies, build {@link #forPlan} once per term and date, have the database answer its
 * {@link CountingPlan#tallies()} for all deputies, and call {@link TermCompliance#evaluate} per deputy.
 */
public final class ComplianceEvaluator {

    private ComplianceEvaluator() {
    }

    public static Compliance evaluate(EffectiveProfile profile, DeputyAttributes deputy, Term term, LocalDate on, TallyCounts counts) {
        return forPlan(profile, term, on).evaluate(deputy, counts);
    }

    public static TermCompliance forPlan(EffectiveProfile profile, Term term, LocalDate on) {
        return forPlan(CountingPlan.forQuotas(profile, term, on));
    }

    public static TermCompliance forPlan(CountingPlan plan) {
        return new TermCompliance(plan);
    }
}
