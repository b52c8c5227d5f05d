package org.lvzhi.tenants.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.day;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.deadline.CivilCodePeriod;
import org.lvzhi.domain.deadline.DeadlineTerms;
import org.lvzhi.domain.deadline.HolidayCalendar;
import org.lvzhi.domain.policy.EffectiveProfile;

/**
 * The statutory clocks of the seed profiles: the due date each DEADLINE rule gives for an event, counted as the Civil
 * Code counts (the event's day not counted, a month ends on the same day or the month's last, a period ending on a rest
 * day moves to the next working day, a notice due on a rest day before an activity to the working day before or, where
 * the profile says restDayRule NONE, not at all). Weekends are the rest days here.
 */
class DeadlineScenarioTest {

    private static final EffectiveProfile QINGHAI = SeedCongresses.effective("qinghai", day("2026-01-01"));
    private static final EffectiveProfile HUNAN = SeedCongresses.effective("hunan", day("2026-01-01"));
    private static final EffectiveProfile DONGCHENG = SeedCongresses.effective("bj-dongcheng", day("2026-01-01"));
    private static final HolidayCalendar WEEKENDS = HolidayCalendar.weekendsOnly();

    /** The due dates of the clocks the rule's entries start for the event on the date. */
    private static List<LocalDate> dues(EffectiveProfile profile, String rule, String event, String on, boolean complex) {
        return profile.rulesWithId(rule).stream().filter(r -> r.deadline().filter(d -> d.event().equals(event)).isPresent())
                .map(entry -> DeadlineTerms.of(entry, complex, profile.restDayRule().value()))
                .map(terms -> CivilCodePeriod.end(day(on), terms.period(), terms.direction(), terms.restDays(), WEEKENDS))
                .toList();
    }

    private static LocalDate due(EffectiveProfile profile, String rule, String event, String on, boolean complex) {
        return dues(profile, rule, event, on, complex).getFirst();
    }

    private static LocalDate due(EffectiveProfile profile, String rule, String event, String on) {
        return due(profile, rule, event, on, false);
    }

    @Test
    @Tag("QH-3.5")
    @DisplayName("QH-3.5 “自交办之日起三个月内答复；涉及面广、处理难度大的，自交办之日起六个月内答复”: assigned 31 January → 30 April, complex → 31 July; 5 February → 5 May; due on a Saturday → Monday")
    void qinghaiSuggestionReply() {
        assertThat(due(QINGHAI, "QH-3.5", "SUGGESTION_ASSIGNED", "2026-01-31")).isEqualTo("2026-04-30");
        assertThat(due(QINGHAI, "QH-3.5", "SUGGESTION_ASSIGNED", "2026-01-31", true)).isEqualTo("2026-07-31");
        assertThat(due(QINGHAI, "QH-3.5", "SUGGESTION_ASSIGNED", "2026-02-05")).isEqualTo("2026-05-05");
        assertThat(due(QINGHAI, "QH-3.5", "SUGGESTION_ASSIGNED", "2026-01-04")).isEqualTo("2026-04-06");
    }

    @Test
    @Tag("QH-3.6")
    @DisplayName("QH-3.6 “组织单位应当提前五日以书面形式通知代表本人和代表所在单位”: an activity on Thursday 12 March is noticed by Saturday 7 March, never later")
    void qinghaiWrittenNotice() {
        assertThat(due(QINGHAI, "QH-3.6", "ACTIVITY_DATE", "2026-03-12")).isEqualTo("2026-03-07");
        assertThat(due(QINGHAI, "QH-3.6", "ACTIVITY_DATE", "2026-03-16")).isEqualTo("2026-03-11");
    }

    @Test
    @Tag("QH-8.2")
    @DisplayName("QH-8.2 “组织单位应当提前三日发送有关会议或活动材料”: an activity on Tuesday 10 March has its materials by Saturday 7 March")
    void qinghaiMaterials() {
        assertThat(due(QINGHAI, "QH-8.2", "ACTIVITY_DATE", "2026-03-10")).isEqualTo("2026-03-07");
    }

    @Test
    @Tag("DC-10.7")
    @DisplayName("DC-10.7 “召开会议或开展活动前，组织单位应当提前通知代表本人，并发送有关会议或活动材料”: the day before at the latest; before a Monday, by the Friday")
    void dongchengNoticeInAdvance() {
        assertThat(due(DONGCHENG, "DC-10.7", "ACTIVITY_DATE", "2026-03-11")).isEqualTo("2026-03-10");
        assertThat(due(DONGCHENG, "DC-10.7", "ACTIVITY_DATE", "2026-03-09")).isEqualTo("2026-03-06");
    }

    @Test
    @Tag("HN-6")
    @DisplayName("HN-6 “代表在收到建议答复一个月內，应当…反馈对办理和答复情况的意见”: a reply on 3 April is answered by 3 May, a Sunday, so by Monday 4 May")
    void hunanFeedback() {
        assertThat(due(HUNAN, "HN-6", "SUGGESTION_REPLIED", "2026-03-05")).isEqualTo("2026-04-06");
        assertThat(due(HUNAN, "HN-6", "SUGGESTION_REPLIED", "2026-04-03")).isEqualTo("2026-05-04");
    }

    @Test
    @Tag("BL-13")
    @DisplayName("BL-13 “在交办之日起三个月内将办理情况和意见答复代表…必须在交办之日起一个月内将办理情况再次答复代表”: assigned 6 March → 6 June, a Saturday, so 8 June; re-assigned 8 January → 9 February")
    void baselineSuggestionReply() {
        assertThat(due(HUNAN, "BL-13", "SUGGESTION_ASSIGNED", "2026-03-06")).isEqualTo("2026-06-08");
        assertThat(due(HUNAN, "BL-13", "SUGGESTION_ASSIGNED", "2026-01-31", true)).isEqualTo("2026-07-31");
        assertThat(due(HUNAN, "BL-13", "SUGGESTION_REASSIGNED", "2026-01-08")).isEqualTo("2026-02-09");
        assertThat(due(QINGHAI, "BL-13", "SUGGESTION_REASSIGNED", "2026-01-08")).isEqualTo("2026-02-09");
    }

    @Test
    @Tag("BL-18")
    @DisplayName("BL-18 “对报告中提出的建议、意见有关机关、组织应当尽快处理自交办之日起三个月内将研究处理情况向代表反馈”: assigned 10 July → 10 October, a Saturday, so 12 October")
    void inspectionReportFeedback() {
        assertThat(due(HUNAN, "BL-18", "REPORT_ASSIGNED", "2026-07-10")).isEqualTo("2026-10-12");
    }

    @Test
    @Tag("BL-20")
    @DisplayName("BL-20 “应在三个月内将约见时代表所提建议、意见办理情况书面答复代表并在十日内将约见情况书面报送…应当在一个月内再次答复代表”: held 5 February → report by 16 February (15th a Sunday), answer by 5 May; re-handling of 3 April by 4 May")
    void appointmentAnswers() {
        assertThat(dues(HUNAN, "BL-20", "APPOINTMENT_HELD", "2026-02-05", false)).containsExactlyInAnyOrder(day("2026-05-05"), day("2026-02-16"));
        assertThat(due(HUNAN, "BL-20", "REHANDLING_DECIDED", "2026-04-03")).isEqualTo("2026-05-04");
    }

    @Test
    @Tag("BL-21")
    @DisplayName("BL-21 “调研结束后二十日内代表应当将调研报告提交…自交办之日起三个月内将研究处理情况向代表反馈”: research ended Sunday 4 January → Saturday 24th, so Monday 26th; assigned 1 September → 1 December")
    void researchReport() {
        assertThat(due(HUNAN, "BL-21", "RESEARCH_ENDED", "2026-01-04")).isEqualTo("2026-01-26");
        assertThat(due(HUNAN, "BL-21", "REPORT_ASSIGNED", "2026-09-01")).isEqualTo("2026-12-01");
    }

    @Test
    @Tag("BL-23")
    @DisplayName("BL-23 “收到上级或者本级代表的来信接待上级或者本级代表的来访后应当认真办理并将办理情况在三个月内答复代表”: received 9 October → 9 January, a Saturday, so 11 January")
    void lettersAnswered() {
        assertThat(due(HUNAN, "BL-23", "LETTER_RECEIVED", "2026-10-09")).isEqualTo("2027-01-11");
    }

    @Test
    @Tag("BL-29")
    @DisplayName("BL-29 “代表居住地点、工作单位以及联系方式等如有变动应当在一个月内…报告”: changed 31 January → 28 February, a Saturday, so 2 March")
    void detailsChangeReported() {
        assertThat(due(HUNAN, "BL-29", "DETAILS_CHANGED", "2026-01-31")).isEqualTo("2026-03-02");
    }
}
