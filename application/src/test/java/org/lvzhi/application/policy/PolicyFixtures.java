package org.lvzhi.application.policy;

import java.time.LocalDate;
import org.lvzhi.domain.policy.ActivityCategory;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.ProfileFixtures;
import org.lvzhi.domain.policy.RestDayRule;
import org.lvzhi.domain.policy.RuleKind;

/**
 * The profile fixtures these use-case tests share with the domain's (ProfileFixtures), plus the small
 * baseline they are written against.
 */
final class PolicyFixtures {

    static final LocalDate BASELINE_FROM = ProfileFixtures.BASELINE_FROM;
    static final LocalDate PROFILES_FROM = LocalDate.of(2018, 8, 1);

    private PolicyFixtures() {
    }

    static ProfileFixtures.ProfileBuilder profile(String owner) {
        return ProfileFixtures.profile(owner);
    }

    /** A small statutory baseline: a catalogue of four activity types, BL-7 (leave approval) and BL-15. */
    static PolicyProfile baseline() {
        return profile(PolicyProfile.BASELINE)
                .title("实施《代表法》办法")
                .effectiveFrom(BASELINE_FROM)
                .restDayRule(RestDayRule.NEXT_WORKING_DAY)
                .types(type("SESSION_ATTENDANCE", ActivityCategory.SESSION),
                        type("TRAINING", ActivityCategory.TRAINING),
                        type("INSPECTION", ActivityCategory.SUPERVISION),
                        type("STATION_RECEPTION", ActivityCategory.PUBLIC_CONTACT))
                .rules(approvalRule("BL-7", "WHOLE_SESSION"), approvalRule("BL-15", "RECESS_ACTIVITY"))
                .build();
    }

    static ActivityType type(String code, ActivityCategory category) {
        return ProfileFixtures.type(code, code + " 活动", category);
    }

    static ActivityType type(String code) {
        return type(code, ActivityCategory.OTHER);
    }

    /** At least {@code minimum} records of the counted types per calendar year. */
    static PolicyRule quotaRule(String id, int minimum, String... counts) {
        return ProfileFixtures.quotaRule(id, minimum, counts);
    }

    static PolicyRule approvalRule(String id, String leaveFrom) {
        return ProfileFixtures.approvalRule(id, leaveFrom);
    }

    /** A conduct rule the platform can only record. */
    static PolicyRule conductRule(String id) {
        return ProfileFixtures.rule(id, RuleKind.CONDUCT);
    }
}
