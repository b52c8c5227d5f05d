package org.lvzhi.domain.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of a congress's 履职管理办法 (or of the statutory baseline) as data: what it adds to or
 * overrides in what it inherits, and what it switches off.
 */
public record PolicyProfile(
        String profile,
        String title,
        Optional<String> source,
        Optional<String> inherits,
        LocalDate effectiveFrom,
        Optional<RestDayRule> restDayRule,
        List<ActivityType> activityTypes,
        List<PolicyRule> rules,
        List<DisabledRule> disabled,
        Optional<PointsScheme> points,
        List<NotificationTemplate> templates) {

    public static final String BASELINE = "baseline";

    public PolicyProfile {
        source = Absent.orEmpty(source);
        inherits = Absent.orEmpty(inherits);
        restDayRule = Absent.orEmpty(restDayRule);
        activityTypes = Absent.orEmpty(activityTypes);
        rules = Absent.orEmpty(rules);
        disabled = Absent.orEmpty(disabled);
        points = Absent.orEmpty(points);
        templates = Absent.orEmpty(templates);
    }
}
