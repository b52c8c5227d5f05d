package org.lvzhi.domain.supervision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.policy.Supervision;
import org.lvzhi.domain.policy.SupervisionStep;
import org.lvzhi.domain.policy.Trigger;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/**
 * Decides which supervision cases a profile's rules open for a deputy on a date: rules of kind SUPERVISION,
 * ENFORCED, with a supervision block, whose audience (if any) the deputy belongs to. Each trigger kind has its
 * own class ({@link UnapprovedAbsenceTrigger}, {@link MissingRecordsTrigger}, {@link RankingTrigger}); {@link StepLadder} turns what it
 * found into openings, never twice for one trigger key. {@link #judge} judges the whole term again when a fact changes,
 * withdrawing the cases no longer supported. DISCRETIONARY rules open only by a person's decision,
 * through {@link #discretionary}.
 */
public final class SupervisionEvaluator {

    private static final int MAX_REASON_LENGTH = 500;
    private static final Messages MESSAGES = Messages.of(SupervisionEvaluator.class);

    private SupervisionEvaluator() {
    }

    /** The openings the rules call for on the date that no standing case of the deputy holds: what the nightly run opens. */
    public static List<CaseOpening> evaluate(EffectiveProfile profile, SupervisionFacts facts, LocalDate on) {
        KnownCases known = new KnownCases(facts.cases());
        return supported(profile, facts, on, known).values().stream().filter(o -> !known.has(o.rule(), o.triggerKey())).toList();
    }

    /**
     * Judges the deputy's term again up to today, as when a fact about them was added, corrected or removed: on each of
     * its {@link JudgmentDates}, by the profile version in force then (a completed year by the version of its last day),
     * as the nightly run would have judged had it known every fact, so that the same facts entered in any order end in
     * the same cases. A case supported on several dates
     * takes the evidence of the latest, naming every window of its run.
     */
    public static Rejudgment judge(Function<LocalDate, EffectiveProfile> profileOn, SupervisionFacts facts, LocalDate today) {
        KnownCases known = new KnownCases(facts.cases());
        Map<String, CaseOpening> supported = new LinkedHashMap<>();
        JudgmentDates.of(profileOn, facts, today)
                .forEach(judgment -> supported.putAll(supported(profileOn.apply(judgment.byProfileOf()), facts, judgment.on(), known)));
        return Rejudgment.of(supported.values(), facts.cases(), today, c -> !c.triggerKey().startsWith(RankingTrigger.KEY_PREFIX));
    }

    /**
     * Judges the deputy's RANKING rules again up to today, as the whole congress's rankings stand: on the first day after
     * each completed year of the term (by the version in force on its last day), the term's last day and today. Only
     * ranking cases are opened, regrounded or withdrawn: a fact about one deputy moves the ranks of others, so these are
     * judged for every deputy of the congress together, never by {@link #judge}.
     */
    public static Rejudgment judgeRankings(Function<LocalDate, EffectiveProfile> profileOn, RankingFacts facts, LocalDate today) {
        KnownCases known = new KnownCases(facts.cases());
        Map<String, CaseOpening> supported = new LinkedHashMap<>();
        for (JudgmentDates.Judgment judgment : JudgmentDates.ofWindows(facts.term(), today)) {
            EffectiveProfile profile = profileOn.apply(judgment.byProfileOf());
            supported.putAll(supported(profile, facts.attributes(), known,
                    trigger -> ranking(trigger) ? RankingTrigger.check(trigger, facts, judgment.on()) : TriggerState.QUIET));
        }
        return Rejudgment.of(supported.values(), facts.cases(), today, c -> c.triggerKey().startsWith(RankingTrigger.KEY_PREFIX));
    }

    /** Whether the profile has a RANKING rule in force: only then are the congress's points ranked. */
    public static boolean ranks(EffectiveProfile profile) {
        return profile.rules().stream().map(Sourced::value)
                .anyMatch(rule -> rule.supervision().filter(s -> ranking(s.trigger())).isPresent());
    }

    private static boolean ranking(Trigger trigger) {
        return TriggerType.RANKING.name().equals(trigger.type());
    }

    /** Every step the rules support on the date, by rule and trigger key; under one key the first rule's opening. */
    private static Map<String, CaseOpening> supported(EffectiveProfile profile, SupervisionFacts facts, LocalDate on, KnownCases known) {
        Function<String, String> typeNames = code -> profile.activityType(code).map(ActivityType::name).orElse(code);
        return supported(profile, facts.attributes(), known, trigger -> switch (Checks.oneOf("trigger.type", TriggerType.class, trigger.type())) {
            case UNAPPROVED_ABSENCE -> UnapprovedAbsenceTrigger.check(trigger, facts, on);
            case MISSING_RECORDS -> MissingRecordsTrigger.check(trigger, facts, on, typeNames);
            case RANKING, DISCRETIONARY -> TriggerState.QUIET;
        });
    }

    private static Map<String, CaseOpening> supported(EffectiveProfile profile, DeputyAttributes attributes, KnownCases known,
            Function<Trigger, TriggerState> check) {
        Map<String, CaseOpening> openings = new LinkedHashMap<>();
        for (PolicyRule rule : profile.rules().stream().map(Sourced::value).filter(r -> appliesTo(r, attributes)).toList()) {
            TriggerState state = check.apply(rule.supervision().orElseThrow().trigger());
            StepLadder.climb(rule, state, known).forEach(o -> openings.putIfAbsent(KnownCases.key(o.rule(), o.triggerKey()), o));
        }
        return openings;
    }

    /**
     * A case a person opens under a DISCRETIONARY rule (JD-29), at the step the rule gives for the severity they
     * judged (MINOR → INTERVIEW, SERIOUS → ADMONITION); the reason is the evidence. Each decision is its own case.
     */
    public static CaseOpening discretionary(PolicyRule rule, String severity, String reason) {
        List<SupervisionStep> steps = rule.supervision().map(Supervision::steps).orElse(List.of());
        if (steps.isEmpty()) {
            throw MESSAGES.violation("rule", "rule.no-supervision", rule.rule());
        }
        int index = IntStream.range(0, steps.size())
                .filter(i -> steps.get(i).severity().equals(Optional.ofNullable(severity)))
                .findFirst()
                .orElseThrow(() -> MESSAGES.violation("severity", "severity.unknown", rule.rule(), severity,
                        String.join("、", steps.stream().flatMap(s -> s.severity().stream()).toList())));
        SupervisionStep step = steps.get(index);
        return new CaseOpening(rule.rule(), rule.article(), TriggerType.DISCRETIONARY + ":" + UUID.randomUUID(), index + 1,
                step.action(), step.actor(), step.alternatives(), List.of(Checks.text("reason", reason, MAX_REASON_LENGTH)));
    }

    /** The same, finding among the profile's entries of the rule id the one with a step for the severity. */
    public static CaseOpening discretionary(EffectiveProfile profile, String rule, String severity, String reason) {
        return profile.rulesWithId(rule).stream()
                .filter(r -> r.supervision().stream().flatMap(s -> s.steps().stream()).anyMatch(s -> s.severity().equals(Optional.ofNullable(severity))))
                .findFirst()
                .map(r -> discretionary(r, severity, reason))
                .orElseThrow(() -> MESSAGES.violation("severity", "severity.unknown", rule, severity, "—"));
    }

    private static boolean appliesTo(PolicyRule rule, DeputyAttributes attributes) {
        return SupervisionPlan.isEnforcedSupervision(rule)
                && rule.supervision().get().appliesTo().map(attributes::matches).orElse(true);
    }
}
