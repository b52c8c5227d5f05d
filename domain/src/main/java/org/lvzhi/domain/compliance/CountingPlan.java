package org.lvzhi.domain.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.Enforcement;
import org.lvzhi.domain.policy.MeasureUnit;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.Quota;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.policy.WindowType;

/**
 * What must be counted to judge the enforced quotas of a profile for the deputies of one term on one date. All
 * deputies of a term share the windows, so each distinct tally is listed once and a database can answer it for
 * all of them in one query ("records per deputy × tally").
 */
public final class CountingPlan {

    private final Term term;
    private final LocalDate on;
    private final List<QuotaCheck> checks;
    private final List<Tally> tallies;

    private CountingPlan(Term term, LocalDate on, List<QuotaCheck> checks, List<Tally> tallies) {
        this.term = term;
        this.on = on;
        this.checks = checks;
        this.tallies = tallies;
    }

    public static CountingPlan forQuotas(EffectiveProfile profile, Term term, LocalDate on) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        List<QuotaCheck> checks = new ArrayList<>();
        for (PolicyRule rule : profile.rules().stream().map(Sourced::value).filter(CountingPlan::isEnforcedQuota).toList()) {
            Quota quota = rule.quota().orElseThrow();
            DateRange window = CountingWindow.of(quota.window()).over(term, on);
            Tally asked = quota.sum().map(unit -> Tally.summing(quota.counts(), window, unit, factors(profile, quota.counts(), unit)))
                    .orElseGet(() -> Tally.of(quota.counts(), window, quota.distinct()));
            Tally shared = tallies.computeIfAbsent(asked.key(), key -> asked);
            checks.add(new QuotaCheck(rule, quota, shared, Pace.of(window, on), minimumOver(quota, window)));
        }
        return new CountingPlan(term, on, List.copyOf(checks), List.copyOf(tallies.values()));
    }

    /**
     * A yearly quota ("每年不少于3次") asks its minimum of each calendar year; in the term's first or last year, which
     * the term covers only in part, it asks the share of the year the term covers, rounded to the nearest whole
     * record (half up): 3 a year over a 14-day stub asks none, over half a year 2.
     */
    static int minimumOver(Quota quota, DateRange window) {
        if (quota.window().type() != WindowType.CALENDAR_YEAR) {
            return quota.minimum();
        }
        long yearDays = DateRange.year(window.from().getYear()).days();
        return (int) ((2L * quota.minimum() * window.days() + yearDays) / (2 * yearDays));
    }

    /** What one of each type's quantity is in the unit; a type that measures nothing convertible is left out. */
    static Map<String, BigDecimal> factors(EffectiveProfile profile, List<String> types, MeasureUnit unit) {
        Map<String, BigDecimal> factors = new HashMap<>();
        types.forEach(type -> profile.activityType(type).flatMap(known -> known.quantityIn(unit)).ifPresent(f -> factors.put(type, f)));
        return factors;
    }

    private static boolean isEnforcedQuota(PolicyRule rule) {
        return rule.kind() == RuleKind.QUOTA && rule.enforcedAs() == Enforcement.ENFORCED && rule.quota().isPresent();
    }

    public Term term() {
        return term;
    }

    public LocalDate on() {
        return on;
    }

    /** The distinct counts to answer per deputy, in the order of the rules that first ask for them. */
    public List<Tally> tallies() {
        return tallies;
    }

    List<QuotaCheck> checks() {
        return checks;
    }
}
