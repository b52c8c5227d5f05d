package org.lvzhi.tenants.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.day;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.calendar.DutyDate;
import org.lvzhi.domain.calendar.DutySchedule;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermCalendar;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.policy.CalendarDuty;
import org.lvzhi.domain.policy.EffectiveProfile;

/** The calendar duties of the seed profiles: the days each falls due over the 2023–2027 term, and to whom it is owed. */
class ScheduleScenarioTest {

    private static final EffectiveProfile QINGHAI = SeedCongresses.effective("qinghai", day("2026-01-01"));
    private static final EffectiveProfile HUNAN = SeedCongresses.effective("hunan", day("2026-01-01"));
    private static final EffectiveProfile DONGCHENG = SeedCongresses.effective("bj-dongcheng", day("2026-01-01"));
    private static final EffectiveProfile JIADING = SeedCongresses.effective("sh-jiading", day("2026-01-01"));
    private static final TermCalendar TERM = new TermCalendar(List.of(new Term(TermId.random(), 1, day("2023-01-01"), day("2027-12-31"))));

    private static CalendarDuty duty(EffectiveProfile profile, String rule, String duty) {
        return profile.rulesWithId(rule).stream().flatMap(r -> r.schedule().stream()).filter(d -> d.duty().equals(duty)).findFirst().orElseThrow();
    }

    /** The due days (and first reminder) of the duty from the first day to the last. */
    private static List<DutyDate> days(CalendarDuty duty, String from, String to) {
        DutySchedule schedule = DutySchedule.of(duty).orElseThrow();
        List<DutyDate> days = new ArrayList<>();
        Optional<DutyDate> next = schedule.firstOnOrAfter(day(from), TERM);
        while (next.isPresent() && !next.get().fireOn().isAfter(day(to))) {
            days.add(next.get());
            next = schedule.after(next.get(), TERM);
        }
        return days;
    }

    private static List<LocalDate> dueDays(CalendarDuty duty, String from, String to) {
        return days(duty, from, to).stream().filter(d -> d.kind() == DutyDate.Kind.DUE).map(DutyDate::dueOn).toList();
    }

    @Test
    @Tag("QH-11.6")
    @DisplayName("QH-11.6 “省人大代表应当每年12月前向原选举单位提交书面述职报告”: due by 30 November each year, first reminded on 31 October, owed by each deputy")
    void annualWrittenReport() {
        CalendarDuty report = duty(QINGHAI, "QH-11.6", "ANNUAL_DUTY_REPORT");

        assertThat(dueDays(report, "2026-01-01", "2027-12-31")).containsExactly(day("2026-11-30"), day("2027-11-30"));
        assertThat(days(report, "2026-01-01", "2026-12-31").getFirst().fireOn()).isEqualTo("2026-10-31");
        assertThat(report.owedBy()).isEqualTo("EACH_DEPUTY");
    }

    @Test
    @Tag("HN-7")
    @DisplayName("HN-7 “每年12月将本人的代表履职手册交原选举单位代表联络工作机构”: due by 31 December each year, owed by each deputy to the electing unit")
    void handbookEveryDecember() {
        CalendarDuty handbook = duty(HUNAN, "HN-7", "HANDBOOK_HANDIN");

        assertThat(dueDays(handbook, "2026-01-01", "2027-12-31")).containsExactly(day("2026-12-31"), day("2027-12-31"));
        assertThat(handbook.submitTo()).contains("ELECTING_UNIT");
    }

    @Test
    @Tag("HN-8")
    @DisplayName("HN-8 “每届组织开展一次省人大代表履职先进个人评选表彰活动”: once in the term, on its last day, by the standing committee")
    void commendationOncePerTerm() {
        CalendarDuty commendation = duty(HUNAN, "HN-8", "COMMENDATION");

        assertThat(dueDays(commendation, "2023-01-01", "2027-12-31")).containsExactly(day("2027-12-31"));
        assertThat(commendation.owedBy()).isEqualTo("STANDING_COMMITTEE");
    }

    @Test
    @Tag("DC-8.2")
    @DisplayName("DC-8.2 “履职手册于年底前由人大街工委汇总统计并报区人大常委会代表联络机构审核”: due by 31 December, owed by each work committee to the liaison office")
    void handbookSummarisedByYearEnd() {
        CalendarDuty summary = duty(DONGCHENG, "DC-8.2", "HANDBOOK_SUMMARY");

        assertThat(dueDays(summary, "2026-01-01", "2026-12-31")).containsExactly(day("2026-12-31"));
        assertThat(summary.owedBy()).isEqualTo("EACH_WORK_COMMITTEE");
        assertThat(summary.submitTo()).contains("LIAISON_OFFICE");
    }

    @Test
    @Tag("DC-10.6")
    @DisplayName("DC-10.6 “每年安排7次主任会议成员接待代表活动”: seven checkpoints spread over the year, the last on 31 December")
    void sevenReceptionsAYear() {
        assertThat(dueDays(duty(DONGCHENG, "DC-10.6", "CHAIR_MEETING_RECEPTION"), "2026-01-01", "2026-12-31")).containsExactly(
                day("2026-02-28"), day("2026-04-30"), day("2026-06-30"), day("2026-07-31"), day("2026-09-30"), day("2026-11-30"),
                day("2026-12-31"));
    }

    @Test
    @Tag("DC-10.9")
    @Tag("JD-28")
    @DisplayName("DC-10.9 “组织开展代表履职经验交流活动和优秀代表议案建议推选表彰活动” and JD-28 “区人大常委会适时组织评比表彰”: at least once in the term, by its last day")
    void commendationsInTheTerm() {
        assertThat(dueDays(duty(DONGCHENG, "DC-10.9", "COMMENDATION"), "2023-01-01", "2027-12-31")).containsExactly(day("2027-12-31"));
        assertThat(dueDays(duty(JIADING, "JD-28", "COMMENDATION"), "2023-01-01", "2027-12-31")).containsExactly(day("2027-12-31"));
    }

    @Test
    @Tag("JD-27")
    @DisplayName("JD-27 “各代表小组应当建立代表履职档案，并于每年年底向代表反馈其当年度履职情况”: due by 31 December each year, owed by each deputy group to its deputies")
    void yearEndFeedback() {
        CalendarDuty feedback = duty(JIADING, "JD-27", "YEAR_END_FEEDBACK");

        assertThat(dueDays(feedback, "2026-01-01", "2027-12-31")).containsExactly(day("2026-12-31"), day("2027-12-31"));
        assertThat(feedback.owedBy()).isEqualTo("EACH_DEPUTY_GROUP");
    }

    @Test
    @Tag("BL-33")
    @DisplayName("BL-33 “由选民直接选举的代表应当向原选区选民报告履职情况”: once in the term, owed by each directly elected (district) deputy only")
    void directlyElectedReportToVoters() {
        CalendarDuty report = duty(HUNAN, "BL-33", "VOTER_REPORT");

        assertThat(dueDays(report, "2023-01-01", "2027-12-31")).containsExactly(day("2027-12-31"));
        assertThat(report.appliesTo().flatMap(a -> a.constituency())).contains(Constituency.DISTRICT);
    }
}
