package org.lvzhi.domain.attendance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.policy.ApprovalStep;
import org.lvzhi.domain.policy.Audience;
import org.lvzhi.domain.policy.CodedName;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.LeaveApproval;
import org.lvzhi.domain.policy.LeaveReasons;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.RestDayRule;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Sourced;

/**
 * Test helper: the leave rules of the Qinghai profile (QH-4.1, QH-4.2.1, QH-4.2.2, QH-5) as an effective profile,
 * and small builders for approval rules and seats.
 */
public final class LeaveFixtures {

    private LeaveFixtures() {
    }

    public static EffectiveProfile profileOf(PolicyRule... rules) {
        return new EffectiveProfile("qinghai", LocalDate.of(2025, 1, 1), List.of("baseline", "qinghai"),
                Arrays.stream(rules).map(r -> new Sourced<>(r, "qinghai", 1)).toList(), List.of(), List.of(),
                new Sourced<>(RestDayRule.NEXT_WORKING_DAY, "baseline", 1), Optional.empty(), List.of());
    }

    /** The leave rules of the Qinghai seed profile, in its order. */
    public static EffectiveProfile qinghai() {
        return profileOf(
                reasons("QH-4.1", "WHOLE_SESSION"),
                reasons("QH-4.1", "SESSION_MEETING"),
                approval("QH-4.2.1", "第四条第（二）项第1目", "WHOLE_SESSION", List.of(), null, null, "GENERAL_OFFICE",
                        new ApprovalStep("ELECTING_UNIT_STANDING_COMMITTEE", "AGREE", List.of(), Optional.of(military(false))),
                        new ApprovalStep("MILITARY_POLITICAL_WORK_BUREAU", "AGREE", List.of(), Optional.of(military(true))),
                        step("GENERAL_OFFICE", "SUBMIT"),
                        new ApprovalStep("CHAIR", "APPROVE", List.of("EXECUTIVE_VICE_CHAIR"), Optional.empty())),
                approval("QH-4.2.2", "第四条第（二）项第2目", "SESSION_MEETING", List.of("PLENARY", "JOINT_GROUP", "GROUP"), 2, null,
                        null, step("DELEGATION_HEAD", "SIGN"), step("DELEGATION_OFFICE", "FORWARD"),
                        step("SESSION_SECRETARIAT", "SUBMIT"), step("SECRETARY_GENERAL", "APPROVE")),
                approval("QH-4.2.2", "第四条第（二）项第2目", "SESSION_MEETING", List.of("GROUP"), null, 1, "SESSION_SECRETARIAT",
                        step("DELEGATION_HEAD", "APPROVE")),
                approval("QH-5", "第五条", "RECESS_ACTIVITY", List.of(), null, null, null, step("ORGANISER", "APPROVE")));
    }

    public static ApprovalStep step(String actor, String action) {
        return new ApprovalStep(actor, action, List.of(), Optional.empty());
    }

    public static PolicyRule approval(String id, String article, String leaveFrom, List<String> meetings, Integer min, Integer max,
                                      String filedBy, ApprovalStep... steps) {
        return ruleOf(id, article, new LeaveApproval(leaveFrom, meetings, Optional.ofNullable(min), Optional.ofNullable(max), true,
                List.of(steps), Optional.ofNullable(filedBy), Optional.empty(), List.of(), List.of()));
    }

    /** The approval rule, its leave (and absences, when {@code circulates} says so) circulated by {@code circulatedBy}. */
    public static PolicyRule circulated(PolicyRule rule, String circulatedBy, String... circulates) {
        LeaveApproval a = rule.approval().orElseThrow();
        return ruleOf(rule.rule(), rule.article(), new LeaveApproval(a.leaveFrom(), a.meetings(), a.minHalfDays(), a.maxHalfDays(),
                a.inWriting(), a.steps(), a.filedBy(), Optional.of(circulatedBy), List.of(circulates), a.documents()));
    }

    private static PolicyRule ruleOf(String id, String article, LeaveApproval approval) {
        return new PolicyRule(id, article, RuleKind.APPROVAL, id, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(approval), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public static PolicyRule reasons(String id, String leaveFrom) {
        LeaveReasons reasons = new LeaveReasons(leaveFrom, List.of(
                new CodedName("OFFICIAL_TRAVEL_ABROAD", "公务出国、出境"),
                new CodedName("IMPORTANT_MEETING", "参加中央、省委召开的重要会议和活动"),
                new CodedName("ILLNESS_OR_SPECIAL", "因病或其他特殊情况")));
        return new PolicyRule(id, "第四条第（一）项", RuleKind.LEAVE_REASONS, id, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(reasons), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public static Audience military(boolean military) {
        return new Audience(Optional.empty(), Optional.of(military), Optional.empty(), List.of());
    }

    public static Seat seat(boolean military) {
        return new Seat(Constituency.ELECTING_UNIT, Optional.of("西宁市人大"), Optional.of(UnitId.random()), Optional.empty(), Optional.empty(), false,
                military);
    }
}
