package org.lvzhi.domain.supervision;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.Enforcement;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.policy.Trigger;
import org.lvzhi.domain.policy.WindowType;

/**
 * Which confirmed records the MISSING_RECORDS triggers of a profile need to judge the deputies of one term on one date,
 * so that a database can answer it for a whole batch of deputies in one aggregate instead of handing over every record:
 * for each of the triggers' types and each range, the deputy's latest record of the type in the range. The ranges are
 * each completed calendar year of the term (with {@code atSession}, each session's days in it), the whole term, and for
 * a rolling window the term up to the date. Those records answer the triggers as all of them would: a range holds a
 * record of a group exactly when it holds its latest one, and a rolling window that holds none has the group's latest
 * record of the term up to the date as the last one before it (the lapse's start).
 */
public record SupervisionPlan(Set<String> types, List<DateRange> ranges) {

    public SupervisionPlan {
        types = Set.copyOf(types);
        ranges = List.copyOf(ranges);
    }

    public static SupervisionPlan of(EffectiveProfile profile, Term term, List<DateRange> sessions, LocalDate on) {
        List<Trigger> triggers = profile.rules().stream().map(Sourced::value)
                .filter(SupervisionPlan::isEnforcedSupervision)
                .map(rule -> rule.supervision().orElseThrow().trigger())
                .filter(trigger -> TriggerType.MISSING_RECORDS.name().equals(trigger.type()) && !trigger.groups().isEmpty())
                .toList();
        Set<String> types = new LinkedHashSet<>();
        Set<DateRange> ranges = new LinkedHashSet<>();
        DateRange whole = DateRange.of(term);
        for (Trigger trigger : triggers) {
            trigger.groups().forEach(types::addAll);
            switch (trigger.window().type()) {
                case CALENDAR_YEAR -> IntStream.range(term.startsOn().getYear(), Math.min(on.getYear(), term.endsOn().getYear() + 1))
                        .mapToObj(year -> DateRange.year(year).intersect(whole))
                        .flatMap(Optional::stream)
                        .forEach(year -> ranges.addAll(trigger.atSession()
                                ? sessions.stream().flatMap(session -> session.intersect(year).stream()).toList()
                                : List.of(year)));
                case TERM -> ranges.add(whole);
                case ROLLING -> {
                    if (term.covers(on)) {
                        ranges.add(new DateRange(term.startsOn(), on));
                    }
                }
            }
        }
        return new SupervisionPlan(types, List.copyOf(ranges));
    }

    /** What both plans ask, as for judging the same deputies under two profiles. */
    public SupervisionPlan and(SupervisionPlan other) {
        Set<String> allTypes = new LinkedHashSet<>(types);
        allTypes.addAll(other.types);
        Set<DateRange> allRanges = new LinkedHashSet<>(ranges);
        allRanges.addAll(other.ranges);
        return new SupervisionPlan(allTypes, List.copyOf(allRanges));
    }

    /** Nothing to ask: the profile has no MISSING_RECORDS trigger that could fire. */
    public boolean isEmpty() {
        return types.isEmpty() || ranges.isEmpty();
    }

    /** What a database answers to the plan, from all of a deputy's confirmed records. */
    public ConfirmedRecords keep(ConfirmedRecords all) {
        return new ConfirmedRecords(ranges.stream()
                .flatMap(range -> types.stream().flatMap(type -> all.records().stream()
                        .filter(r -> r.type().equals(type) && range.contains(r.date()))
                        .max(Comparator.comparing(ConfirmedRecord::date)).stream()))
                .toList());
    }

    static boolean isEnforcedSupervision(PolicyRule rule) {
        return rule.kind() == RuleKind.SUPERVISION && rule.enforcedAs() == Enforcement.ENFORCED && rule.supervision().isPresent();
    }
}
