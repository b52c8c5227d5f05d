package org.lvzhi.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.policy.ProfileFixtures.atThreshold;
import static org.lvzhi.domain.policy.ProfileFixtures.calendarYear;
import static org.lvzhi.domain.policy.ProfileFixtures.deadline;
import static org.lvzhi.domain.policy.ProfileFixtures.deadlineRule;
import static org.lvzhi.domain.policy.ProfileFixtures.inheritedBy;
import static org.lvzhi.domain.policy.ProfileFixtures.missingRecords;
import static org.lvzhi.domain.policy.ProfileFixtures.profile;
import static org.lvzhi.domain.policy.ProfileFixtures.quota;
import static org.lvzhi.domain.policy.ProfileFixtures.quotaRule;
import static org.lvzhi.domain.policy.ProfileFixtures.recordRule;
import static org.lvzhi.domain.policy.ProfileFixtures.rolling;
import static org.lvzhi.domain.policy.ProfileFixtures.step;
import static org.lvzhi.domain.policy.ProfileFixtures.supervisionRule;
import static org.lvzhi.domain.policy.ProfileFixtures.template;
import static org.lvzhi.domain.policy.ProfileFixtures.term;
import static org.lvzhi.domain.policy.ProfileFixtures.type;
import static org.lvzhi.domain.policy.ProfileFixtures.unapprovedAbsence;
import static org.lvzhi.domain.policy.ProfileFixtures.whenUnresolved;
import static org.lvzhi.domain.policy.ProfileFixtures.window;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileValidatorTest {

    /** A valid rule placed first, so that the rule under test sits at index 1 of /rules. */
    private static final PolicyRule QH_6_3 = quotaRule("QH-6.3", quota(1, term(), "TRAINING"));

    private static List<ProfileProblem> problemsOf(PolicyProfile profile) {
        return ProfileValidator.validate(profile, inheritedBy(profile));
    }

    /** The problems of a provincial profile whose second rule (index 1) is the one given. */
    private static List<ProfileProblem> problemsOfSecondRule(PolicyRule rule) {
        return problemsOf(profile("qinghai").rules(QH_6_3, rule).build());
    }

    private static ProfileProblem problem(String path, String message) {
        return new ProfileProblem(path, message);
    }

    // ---- a valid profile ----

    @Test
    @DisplayName("a valid profile, modelled on the Qinghai measures, gives no problems")
    void validProfileHasNoProblems() {
        PolicyProfile qinghai = profile("qinghai")
                .types(type("LIAISON_ROOM_ACTIVITY", "代表联络室活动", ActivityCategory.PUBLIC_CONTACT),
                        type("FIXED_CONTACT_REMOTE", "电话微信联系固定联系群众", ActivityCategory.PUBLIC_CONTACT))
                .rules(QH_6_3,
                        quotaRule("QH-7.2", 3, "LIAISON_ROOM_ACTIVITY", "STATION_RECEPTION"),
                        quotaRule("QH-7.4", quota(0, 2, calendarYear(), "INSPECTION")),
                        deadlineRule("QH-3.5", deadline("SUGGESTION_ASSIGNED", "P3M").complexPeriod("P6M").progressReportAfter("P3M")
                                .reminders("P14D", "P3D").build()),
                        supervisionRule("QH-11.3", unapprovedAbsence(List.of("SESSION"),
                                atThreshold(1, "INTERVIEW", "DELEGATION_HEAD"), atThreshold(2, "TERMINATION", "STANDING_COMMITTEE"))),
                        supervisionRule("QH-12", missingRecords("ANY", null, rolling("P1Y"),
                                List.of(List.of("PUBLIC_CONTACT", "LIAISON_ROOM_ACTIVITY", "FIXED_CONTACT_VISIT", "FIXED_CONTACT_REMOTE"),
                                        List.of("FIXED_CONTACT_VISIT", "FIXED_CONTACT_REMOTE")),
                                step("INTERVIEW", "ELECTING_UNIT"), whenUnresolved("PERSUADE_TO_RESIGN", "ELECTING_UNIT"))),
                        recordRule("QH-11.2", "履职档案由平台生成并可导出"))
                .disable("BL-7", "人代会请假审批由 QH-4.2.1 和 QH-4.2.2 规定")
                .disable("BL-15", "闭会期间活动请假由 QH-5 规定")
                .templates(template("SUGGESTION_DUE", "建议办理期限提醒", "{{ unit }}：代表建议《{{title}}》应于 {{due}} 前答复。",
                        "unit", "title", "due"))
                .build();

        assertThat(problemsOf(qinghai)).isEmpty();
    }

    @Test
    @DisplayName("QH-11.4 needs both a speech and a suggestion missing, DC-9.2 either: one model expresses both")
    void allAndAnyMissingBothValid() {
        List<List<String>> groups = List.of(List.of("SESSION_SPEECH"), List.of("SUGGESTION", "MOTION"));
        PolicyRule qh114 = supervisionRule("QH-11.4", missingRecords("ALL", 2, calendarYear(), groups, step("INTERVIEW", "DELEGATION_HEAD")));
        PolicyRule dc92 = supervisionRule("DC-9.2", missingRecords("ANY", 2, calendarYear(), groups, step("INTERVIEW", "DELEGATION_HEAD")));

        assertThat(problemsOf(profile("qinghai").rules(qh114).build())).isEmpty();
        assertThat(problemsOf(profile("bj-dongcheng").rules(dc92).build())).isEmpty();
        Trigger all = qh114.supervision().orElseThrow().trigger();
        Trigger any = dc92.supervision().orElseThrow().trigger();
        assertThat(all.groups()).isEqualTo(any.groups());
        assertThat(all.missing()).contains("ALL");
        assertThat(any.missing()).contains("ANY");
    }

    @Test
    @DisplayName("\"SESSION\" is accepted as the source of an unapproved-absence trigger (QH-11.3), though it is no activity type")
    void sessionIsATriggerSource() {
        PolicyRule qh113 = supervisionRule("QH-11.3", unapprovedAbsence(List.of("SESSION"), atThreshold(1, "INTERVIEW", "DELEGATION_HEAD")));

        assertThat(problemsOfSecondRule(qh113)).isEmpty();
    }

    @Test
    @DisplayName("an activity type declared in the profile's own catalogue may be counted")
    void ownActivityTypeIsKnown() {
        PolicyProfile profile = profile("qinghai")
                .types(type("LIAISON_ROOM_ACTIVITY", "代表联络室活动", ActivityCategory.PUBLIC_CONTACT))
                .rules(quotaRule("QH-7.2", 3, "LIAISON_ROOM_ACTIVITY"))
                .build();

        assertThat(problemsOf(profile)).isEmpty();
    }

    // ---- quotas ----

    @Test
    @DisplayName("an unknown activity type in a quota's counts is reported at /rules/<i>/quota/counts/<j>")
    void unknownTypeInQuotaCounts() {
        assertThat(problemsOfSecondRule(quotaRule("QH-7.2", 3, "STATION_RECEPTION", "LIAISON_ROOM_ACTIVITY")))
                .containsExactly(problem("/rules/1/quota/counts/1",
                        "未知的活动类型“LIAISON_ROOM_ACTIVITY”：须是本办法或所继承办法的活动类型目录中的代码"));
    }

    @Test
    @DisplayName("a negative minimum is reported at /rules/<i>/quota/minimum")
    void negativeMinimum() {
        assertThat(problemsOfSecondRule(quotaRule("QH-7.2", -1, "STATION_RECEPTION")))
                .containsExactly(problem("/rules/1/quota/minimum", "最低数量不能为负数（-1）"));
    }

    @Test
    @DisplayName("what a chain circulates (circulates) without who circulates it (circulatedBy) is reported at /rules/<i>/approval/circulates; a circulator alone circulates leave")
    void circulatesNeedsACirculator() {
        LeaveApproval base = ProfileFixtures.approvalRule("DC-3.1.2", "SESSION_MEETING").approval().orElseThrow();
        LeaveApproval withoutCirculator = new LeaveApproval(base.leaveFrom(), base.meetings(), base.minHalfDays(), base.maxHalfDays(),
                true, base.steps(), base.filedBy(), Optional.empty(), List.of("LEAVE", "ABSENCE"), base.documents());
        LeaveApproval circulatorAlone = new LeaveApproval(base.leaveFrom(), base.meetings(), base.minHalfDays(), base.maxHalfDays(),
                true, base.steps(), base.filedBy(), Optional.of("SESSION_SECRETARIAT"), List.of(), base.documents());

        assertThat(problemsOfSecondRule(ProfileFixtures.ruleOf("DC-3.1.2", RuleKind.APPROVAL).approval(withoutCirculator).build()))
                .containsExactly(problem("/rules/1/approval/circulates", "列明通报内容（circulates）时须指明通报机构（circulatedBy）"));
        assertThat(circulatorAlone.circulates()).containsExactly(LeaveApproval.LEAVE);
    }

    @Test
    @DisplayName("a minimum of zero is accepted")
    void zeroMinimum() {
        assertThat(problemsOfSecondRule(quotaRule("QH-7.2", 0, "STATION_RECEPTION"))).isEmpty();
    }

    @Test
    @DisplayName("a maximum below the minimum is reported at /rules/<i>/quota/maximum")
    void maximumBelowMinimum() {
        assertThat(problemsOfSecondRule(quotaRule("QH-7.2", quota(3, 2, calendarYear(), "STATION_RECEPTION"))))
                .containsExactly(problem("/rules/1/quota/maximum", "最高数量 2 小于最低数量 3"));
    }

    @Test
    @DisplayName("a maximum equal to the minimum is accepted")
    void maximumEqualToMinimum() {
        assertThat(problemsOfSecondRule(quotaRule("QH-7.2", quota(3, 3, calendarYear(), "STATION_RECEPTION")))).isEmpty();
    }

    // ---- windows ----

    @Test
    @DisplayName("a ROLLING window without a period is reported at /rules/<i>/quota/window/period")
    void rollingWithoutPeriod() {
        assertThat(problemsOfSecondRule(quotaRule("QH-7.2", quota(3, window(WindowType.ROLLING, null), "STATION_RECEPTION"))))
                .containsExactly(problem("/rules/1/quota/window/period", "滚动窗口须指定时长（period，如 P1Y），否则无法计算"));
    }

    @Test
    @DisplayName("a ROLLING window's period must parse")
    void rollingWithBadPeriod() {
        assertThat(problemsOfSecondRule(quotaRule("QH-7.2", quota(3, rolling("one year"), "STATION_RECEPTION"))))
                .containsExactly(problem("/rules/1/quota/window/period", "“one year”不是 ISO-8601 期间（如 P3M、P20D、P1Y）"));
    }

    @Test
    @DisplayName("a CALENDAR_YEAR window with a period is reported at /rules/<i>/quota/window/period")
    void calendarYearWithPeriod() {
        List<ProfileProblem> problems =
                problemsOfSecondRule(quotaRule("QH-7.2", quota(3, window(WindowType.CALENDAR_YEAR, "P1Y"), "STATION_RECEPTION")));

        assertThat(problems).extracting(ProfileProblem::path).containsExactly("/rules/1/quota/window/period");
        assertThat(problems.getFirst().message()).endsWith("窗口的时长由日历或届期决定，不应指定 period");
    }

    @Test
    @DisplayName("a TERM window with a period is reported too")
    void termWithPeriod() {
        assertThat(problemsOfSecondRule(quotaRule("QH-6.3", quota(1, window(WindowType.TERM, "P5Y"), "TRAINING"))))
                .extracting(ProfileProblem::path).containsExactly("/rules/1/quota/window/period");
    }

    @Test
    @DisplayName("the window type in the period-not-allowed message appears by its Chinese name, not its code")
    void windowTypeShownInChinese() {
        List<ProfileProblem> problems =
                problemsOfSecondRule(quotaRule("QH-7.2", quota(3, window(WindowType.CALENDAR_YEAR, "P1Y"), "STATION_RECEPTION")));

        assertThat(problems.getFirst().message()).doesNotContain("CALENDAR_YEAR");
    }

    // ---- deadlines ----

    @Test
    @DisplayName("a deadline period that does not parse (\"3 months\") is reported at /rules/<i>/deadline/period")
    void unparseablePeriod() {
        assertThat(problemsOfSecondRule(deadlineRule("QH-3.5", deadline("SUGGESTION_ASSIGNED", "3 months").build())))
                .containsExactly(problem("/rules/1/deadline/period", "“3 months”不是 ISO-8601 期间（如 P3M、P20D、P1Y）"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"P0D", "P0M", "P-1M", "-P3M"})
    @DisplayName("a zero or negative deadline period is reported at /rules/<i>/deadline/period")
    void notPositivePeriod(String period) {
        assertThat(problemsOfSecondRule(deadlineRule("QH-3.5", deadline("SUGGESTION_ASSIGNED", period).build())))
                .containsExactly(problem("/rules/1/deadline/period", "期间“" + period + "”须为正"));
    }

    @Test
    @DisplayName("a complexPeriod shorter than the period is reported at /rules/<i>/deadline/complexPeriod")
    void complexShorterThanPeriod() {
        assertThat(problemsOfSecondRule(deadlineRule("BL-13", deadline("SUGGESTION_ASSIGNED", "P3M").complexPeriod("P2M").build())))
                .containsExactly(problem("/rules/1/deadline/complexPeriod", "复杂事项的期限（complexPeriod）不能短于一般期限（period）"));
    }

    @Test
    @DisplayName("a complexPeriod equal to the period is accepted")
    void complexEqualToPeriod() {
        assertThat(problemsOfSecondRule(deadlineRule("BL-13", deadline("SUGGESTION_ASSIGNED", "P3M").complexPeriod("P90D").build())))
                .isEmpty();
    }

    @Test
    @DisplayName("a complexPeriod of one year is not shorter than a period of 365 days")
    void yearIsNotShorterThan365Days() {
        assertThat(problemsOfSecondRule(deadlineRule("BL-13", deadline("SUGGESTION_ASSIGNED", "P365D").complexPeriod("P1Y").build())))
                .isEmpty();
    }

    @Test
    @DisplayName("a reminder that does not parse is reported at /rules/<i>/deadline/reminders/<k>")
    void unparseableReminder() {
        assertThat(problemsOfSecondRule(deadlineRule("BL-13", deadline("SUGGESTION_ASSIGNED", "P3M").reminders("P14D", "3 days").build())))
                .containsExactly(problem("/rules/1/deadline/reminders/1", "“3 days”不是 ISO-8601 期间（如 P3M、P20D、P1Y）"));
    }

    @Test
    @DisplayName("a progressReportAfter that does not parse is reported at its own path")
    void unparseableProgressReport() {
        assertThat(problemsOfSecondRule(deadlineRule("BL-13", deadline("SUGGESTION_ASSIGNED", "P3M").progressReportAfter("三个月").build())))
                .containsExactly(problem("/rules/1/deadline/progressReportAfter", "“三个月”不是 ISO-8601 期间（如 P3M、P20D、P1Y）"));
    }

    // ---- supervision ----

    @Test
    @DisplayName("a MISSING_RECORDS trigger without groups is reported at /rules/<i>/supervision/trigger/groups")
    void missingRecordsWithoutGroups() {
        PolicyRule rule = supervisionRule("QH-11.4", missingRecords("ALL", 2, calendarYear(), List.of(), step("INTERVIEW", "DELEGATION_HEAD")));

        assertThat(problemsOfSecondRule(rule))
                .containsExactly(problem("/rules/1/supervision/trigger/groups", "MISSING_RECORDS 触发条件须列出记录类型组（groups）"));
    }

    @Test
    @DisplayName("an unknown activity type in a trigger group is reported at /rules/<i>/supervision/trigger/groups/<g>/<j>")
    void unknownTypeInTriggerGroup() {
        PolicyRule rule = supervisionRule("QH-12", missingRecords("ANY", null, rolling("P1Y"),
                List.of(List.of("PUBLIC_CONTACT"), List.of("FIXED_CONTACT_VISIT", "FIXED_CONTACT_REMOTE")), step("INTERVIEW", "ELECTING_UNIT")));

        assertThat(problemsOfSecondRule(rule)).containsExactly(problem("/rules/1/supervision/trigger/groups/1/1",
                "未知的活动类型“FIXED_CONTACT_REMOTE”：须是本办法或所继承办法的活动类型目录中的代码"));
    }

    @Test
    @DisplayName("an unknown activity type in an unapproved-absence trigger's sources is reported at .../trigger/from/<j>")
    void unknownTypeInTriggerFrom() {
        PolicyRule rule = supervisionRule("QH-11.5", unapprovedAbsence(List.of("TRAINING", "STUDY_TOUR"), atThreshold(2, "CIRCULATED_NOTICE", "GENERAL_OFFICE")));

        assertThat(problemsOfSecondRule(rule)).containsExactly(problem("/rules/1/supervision/trigger/from/1",
                "未知的活动类型“STUDY_TOUR”：须是本办法或所继承办法的活动类型目录中的代码"));
    }

    @Test
    @DisplayName("a first supervision step taken when the previous one is UNRESOLVED is reported at .../steps/0/when")
    void firstStepUnresolved() {
        PolicyRule rule = supervisionRule("QH-12", missingRecords("ANY", null, rolling("P1Y"), List.of(List.of("PUBLIC_CONTACT")),
                whenUnresolved("PERSUADE_TO_RESIGN", "ELECTING_UNIT")));

        assertThat(problemsOfSecondRule(rule))
                .containsExactly(problem("/rules/1/supervision/steps/0/when", "第一个步骤不能以“前一步未解决”为条件"));
    }

    @Test
    @DisplayName("a later step taken when the previous one is UNRESOLVED is accepted (QH-11.5)")
    void laterStepUnresolved() {
        PolicyRule rule = supervisionRule("QH-11.5", unapprovedAbsence(List.of("STANDING_COMMITTEE_ATTENDANCE", "TRAINING", "INSPECTION"),
                atThreshold(2, "CIRCULATED_NOTICE", "GENERAL_OFFICE"), whenUnresolved("INTERVIEW", "ELECTING_UNIT")));
        PolicyProfile profile = profile("qinghai")
                .types(type("STANDING_COMMITTEE_ATTENDANCE", "列席常委会会议", ActivityCategory.STANDING_COMMITTEE))
                .rules(rule)
                .build();

        assertThat(problemsOf(profile)).isEmpty();
    }

    @Test
    @DisplayName("a trigger needing zero consecutive windows is reported at .../trigger/consecutive")
    void consecutiveMustBePositive() {
        PolicyRule rule = supervisionRule("QH-11.4", missingRecords("ALL", 0, calendarYear(), List.of(List.of("SESSION_SPEECH")),
                step("INTERVIEW", "DELEGATION_HEAD")));

        assertThat(problemsOfSecondRule(rule)).containsExactly(problem("/rules/1/supervision/trigger/consecutive", "连续期数须为正整数（0）"));
    }

    @Test
    @DisplayName("a step threshold of zero is reported at .../steps/<s>/threshold")
    void thresholdMustBePositive() {
        PolicyRule rule = supervisionRule("QH-11.3", unapprovedAbsence(List.of("SESSION"), atThreshold(0, "INTERVIEW", "DELEGATION_HEAD")));

        assertThat(problemsOfSecondRule(rule)).containsExactly(problem("/rules/1/supervision/steps/0/threshold", "触发次数须为正整数（0）"));
    }

    @Test
    @DisplayName("\"SESSION\" is a trigger source only: a quota counting SESSION names an unknown activity type")
    void sessionIsNotACountableType() {
        assertThat(problemsOfSecondRule(quotaRule("QH-6.1", 1, "SESSION")))
                .containsExactly(problem("/rules/1/quota/counts/0",
                        "未知的活动类型“SESSION”：须是本办法或所继承办法的活动类型目录中的代码"));
    }

    // ---- disabled rules ----

    @Test
    @DisplayName("disabling a rule the inherited profile does not have is reported at /disabled/<i>/rule")
    void disablingUnknownRule() {
        PolicyProfile profile = profile("qinghai").disable("BL-7", "由 QH-4.2 规定").disable("BL-99", "无此规则").build();

        assertThat(problemsOf(profile)).containsExactly(problem("/disabled/1/rule", "所继承的办法中没有规则“BL-99”，无法停用"));
    }

    @Test
    @DisplayName("a profile cannot disable its own rule: only inherited rules can be switched off")
    void disablingOwnRule() {
        PolicyProfile profile = profile("qinghai").rules(QH_6_3).disable("QH-6.3", "试图停用本办法的规则").build();

        assertThat(problemsOf(profile)).containsExactly(problem("/disabled/0/rule", "所继承的办法中没有规则“QH-6.3”，无法停用"));
    }

    // ---- templates ----

    @Test
    @DisplayName("a template body using an undeclared variable is reported at /templates/<i>/body")
    void templateBodyUndeclaredVariable() {
        PolicyProfile profile = profile("qinghai")
                .templates(template("SUGGESTION_DUE", "建议办理期限提醒", "代表建议《{{title}}》应于 {{due}} 前答复。", "title"))
                .build();

        assertThat(problemsOf(profile)).containsExactly(problem("/templates/0/body", "模板使用了未声明的变量“due”"));
    }

    @Test
    @DisplayName("a template subject using an undeclared variable is reported at /templates/<i>/subject")
    void templateSubjectUndeclaredVariable() {
        PolicyProfile profile = profile("qinghai")
                .templates(template("A", "提醒", "正文", "title"), template("B", "{{deputy}} 的提醒", "代表建议《{{title}}》", "title"))
                .build();

        assertThat(problemsOf(profile)).containsExactly(problem("/templates/1/subject", "模板使用了未声明的变量“deputy”"));
    }

    // ---- all at once ----

    @Test
    @DisplayName("several problems in one profile are all reported at once, each at its own path")
    void allProblemsAtOnce() {
        PolicyProfile profile = profile("qinghai")
                .rules(quotaRule("QH-7.2", -2, "STATION_RECEPTION", "NO_SUCH_TYPE"),
                        deadlineRule("QH-3.5", deadline("SUGGESTION_ASSIGNED", "3 months").reminders("P0D").build()))
                .disable("BL-99", "无此规则")
                .templates(template("SUGGESTION_DUE", "提醒", "{{due}} 前答复"))
                .build();

        assertThat(problemsOf(profile)).containsExactly(
                problem("/rules/0/quota/counts/1", "未知的活动类型“NO_SUCH_TYPE”：须是本办法或所继承办法的活动类型目录中的代码"),
                problem("/rules/0/quota/minimum", "最低数量不能为负数（-2）"),
                problem("/rules/1/deadline/period", "“3 months”不是 ISO-8601 期间（如 P3M、P20D、P1Y）"),
                problem("/rules/1/deadline/reminders/0", "期间“P0D”须为正"),
                problem("/disabled/0/rule", "所继承的办法中没有规则“BL-99”，无法停用"),
                problem("/templates/0/body", "模板使用了未声明的变量“due”"));
    }

    @Test
    @DisplayName("every problem message is Chinese text from the bundle, never a bare message key")
    void messagesAreChinese() {
        PolicyProfile profile = profile("qinghai")
                .rules(quotaRule("QH-7.2", quota(-2, -3, window(WindowType.ROLLING, null), "NO_SUCH_TYPE")),
                        deadlineRule("QH-3.5", deadline("SUGGESTION_ASSIGNED", "P3M").complexPeriod("P1M").build()))
                .build();

        assertThat(problemsOf(profile))
                .hasSize(5)
                .extracting(ProfileProblem::message)
                .allSatisfy(message -> assertThat(message).containsPattern("\\p{IsHan}").doesNotContainPattern("^[a-z.-]+$"));
    }
}
