package org.lvzhi.domain.motion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.policy.LevelThreshold;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.ProfileFixtures;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Screening;
import org.lvzhi.domain.policy.ScreeningCategory;
import org.lvzhi.domain.policy.Threshold;

/**
 * Test helper: the statutory baseline's thresholds for joint proposals as baseline.yml writes them — BL-8 (10 or more
 * at county level and up, 5 or more at township, with subject, grounds and proposal), BL-11 (10 or more; a new answer
 * with half or more dissatisfied), BL-12 (1/10, township 1/5) and BL-14 (1/10, county level and up).
 */
public final class MotionFixtures {

    public static final List<Level> COUNTY_AND_UP = List.of(Level.PROVINCE, Level.CITY, Level.COUNTY);
    public static final List<Level> ALL_LEVELS = List.of(Level.PROVINCE, Level.CITY, Level.COUNTY, Level.TOWNSHIP);

    private MotionFixtures() {
    }

    public static List<PolicyRule> thresholdRules() {
        return List.of(
                threshold("BL-8", "第八条", "MOTION", List.of("SUBJECT", "GROUNDS", "PROPOSAL"),
                        minimum(COUNTY_AND_UP, 10), minimum(List.of(Level.TOWNSHIP), 5)),
                threshold("BL-11", "第十一条", "INQUIRY", List.of(), minimum(ALL_LEVELS, 10)),
                threshold("BL-11", "第十一条", "INQUIRY_REANSWER", List.of(), share(ALL_LEVELS, "1/2")),
                threshold("BL-12", "第十二条（联名人数依地方组织法）", "RECALL_MOTION", List.of(),
                        share(COUNTY_AND_UP, "1/10"), share(List.of(Level.TOWNSHIP), "1/5")),
                threshold("BL-14", "第十四条", "INVESTIGATION_PROPOSAL", List.of(), share(COUNTY_AND_UP, "1/10")));
    }

    /** The fixture baseline with the thresholds added. */
    public static PolicyProfile baseline() {
        PolicyProfile base = ProfileFixtures.baseline();
        List<PolicyRule> rules = new ArrayList<>(base.rules());
        rules.addAll(thresholdRules());
        rules.add(refusingMotions());
        return new PolicyProfile(base.profile(), base.title(), base.source(), base.inherits(), base.effectiveFrom(),
                base.restDayRule(), base.activityTypes(), rules, base.disabled(), base.points(), base.templates());
    }

    /** Hunan's first screening category (HN-5): matters outside the congress's powers are not accepted as motions. */
    public static PolicyRule refusingMotions() {
        return new PolicyRule("HN-5", "第五条", RuleKind.SCREENING, "不作为议案、建议提出的情形", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new Screening(List.of(
                        new ScreeningCategory("OUTSIDE_CONGRESS_POWERS", "不属于省人大及其常委会职权范围内的事项", List.of("MOTION")),
                        new ScreeningCategory("SPECIFIC_JUDICIAL_CASE", "涉及具体司法案件", List.of("SUGGESTION"))), true)),
                Optional.empty());
    }

    public static PolicyRule threshold(String id, String article, String subject, List<String> parts, LevelThreshold... levels) {
        return new PolicyRule(id, article, RuleKind.THRESHOLD, id + " 的条文摘要", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(new Threshold(subject, List.of(levels), parts)));
    }

    public static LevelThreshold minimum(List<Level> levels, int minimum) {
        return new LevelThreshold(levels, Optional.of(minimum), Optional.empty());
    }

    public static LevelThreshold share(List<Level> levels, String share) {
        return new LevelThreshold(levels, Optional.empty(), Optional.of(share));
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
