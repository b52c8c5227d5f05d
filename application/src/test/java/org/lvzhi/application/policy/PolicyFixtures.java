package org.lvzhi.application.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.policy.ActivityCategory;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.policy.ApprovalStep;
import org.lvzhi.domain.policy.DisabledRule;
import org.lvzhi.domain.policy.LeaveApproval;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.Quota;
import org.lvzhi.domain.policy.RestDayRule;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Window;
import org.lvzhi.domain.policy.WindowType;

/**
 * Small builders for policy profiles: the records take many optional parts, so these fill in what a test does
 * not care about and each test names only what it checks.
 */
final class PolicyFixtures {

    static final LocalDate BASELINE_FROM = LocalDate.of(2000, 1, 1);
    static final LocalDate PROFILES_FROM = LocalDate.of(2018, 8, 1);

    private PolicyFixtures() {
    }

    static ProfileBuilder profile(String owner) {
        return new ProfileBuilder(owner);
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
        return new ActivityType(code, code + " 活动", category, false, Optional.empty(), Optional.empty());
    }

    static ActivityType type(String code) {
        return type(code, ActivityCategory.OTHER);
    }

    /** At least {@code minimum} records of the counted types per calendar year. */
    static PolicyRule quotaRule(String id, int minimum, String... counts) {
        Quota quota = new Quota(List.of(counts), minimum, Optional.empty(), new Window(WindowType.CALENDAR_YEAR, Optional.empty()),
                Optional.empty(), Optional.empty());
        return rule(id, RuleKind.QUOTA, Optional.of(quota), Optional.empty());
    }

    /** Leave from {@code leaveFrom} approved by the organiser, in writing. */
    static PolicyRule approvalRule(String id, String leaveFrom) {
        LeaveApproval approval = new LeaveApproval(leaveFrom, List.of(), Optional.empty(), Optional.empty(), true,
                List.of(new ApprovalStep("ORGANISER", "APPROVE", List.of(), Optional.empty())), Optional.empty(), Optional.empty(),
                List.of());
        return rule(id, RuleKind.APPROVAL, Optional.empty(), Optional.of(approval));
    }

    /** A conduct rule the platform can only record. */
    static PolicyRule conductRule(String id) {
        return rule(id, RuleKind.CONDUCT, Optional.empty(), Optional.empty());
    }

    private static PolicyRule rule(String id, RuleKind kind, Optional<Quota> quota, Optional<LeaveApproval> approval) {
        return new PolicyRule(id, "第一条", kind, id + " 的条文摘要", Optional.empty(), Optional.empty(), quota, Optional.empty(),
                approval, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static final class ProfileBuilder {

        private final String owner;
        private String title;
        private Optional<String> inherits = Optional.empty();
        private LocalDate effectiveFrom = PROFILES_FROM;
        private Optional<RestDayRule> restDayRule = Optional.empty();
        private final List<ActivityType> types = new ArrayList<>();
        private final List<PolicyRule> rules = new ArrayList<>();
        private final List<DisabledRule> disabled = new ArrayList<>();

        private ProfileBuilder(String owner) {
            this.owner = owner;
            this.title = owner + " 代表履职管理办法";
        }

        ProfileBuilder title(String title) {
            this.title = title;
            return this;
        }

        ProfileBuilder inherits(String parent) {
            this.inherits = Optional.of(parent);
            return this;
        }

        ProfileBuilder effectiveFrom(LocalDate date) {
            this.effectiveFrom = date;
            return this;
        }

        ProfileBuilder restDayRule(RestDayRule rule) {
            this.restDayRule = Optional.of(rule);
            return this;
        }

        ProfileBuilder types(ActivityType... types) {
            this.types.addAll(Arrays.asList(types));
            return this;
        }

        ProfileBuilder rules(PolicyRule... rules) {
            this.rules.addAll(Arrays.asList(rules));
            return this;
        }

        ProfileBuilder disable(String rule, String reason) {
            this.disabled.add(new DisabledRule(rule, reason));
            return this;
        }

        PolicyProfile build() {
            return new PolicyProfile(owner, title, Optional.empty(), inherits, effectiveFrom, restDayRule, types, rules, disabled,
                    Optional.empty(), List.of());
        }
    }
}
