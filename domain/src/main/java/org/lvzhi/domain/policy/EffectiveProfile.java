package org.lvzhi.domain.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules a congress works under on a date, after inheritance: each rule, activity type and setting with
 * the profile it came from, and the inherited rules that were switched off.
 */
public record EffectiveProfile(
        String congress,
        LocalDate on,
        List<String> chain,
        List<Sourced<PolicyRule>> rules,
        List<Sourced<ActivityType>> activityTypes,
        List<DisabledEntry> disabled,
        Sourced<RestDayRule> restDayRule,
        Optional<Sourced<PointsScheme>> points,
        List<Sourced<NotificationTemplate>> templates) {

    public List<PolicyRule> rulesWithId(String id) {
        return rules.stream().map(Sourced::value).filter(r -> r.rule().equals(id)).toList();
    }

    public boolean hasRule(String id) {
        return rules.stream().anyMatch(r -> r.value().rule().equals(id));
    }

    public Optional<ActivityType> activityType(String code) {
        return activityTypes.stream().map(Sourced::value).filter(t -> t.code().equals(code)).findFirst();
    }
}
