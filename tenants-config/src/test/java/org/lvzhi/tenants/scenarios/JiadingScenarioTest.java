package org.lvzhi.tenants.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.day;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.deputy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.supervision.CaseOpening;
import org.lvzhi.domain.supervision.SupervisionEvaluator;

/** Jiading's quotas and supervision rules, judged from its real profile over the baseline. */
class JiadingScenarioTest {

    private static final EffectiveProfile JIADING = SeedCongresses.effective("sh-jiading", day("2026-01-01"));

    @Test
    @Tag("JD-8")
    @DisplayName("JD-8 “每年在代表团组会议上的发言次数不少于1次”: no speech in the year by 1 December is behind, one meets it; last year's does not count")
    void yearlySpeech() {
        QuotaEdges.yearly(JIADING, "JD-8", 1, "SESSION_SPEECH");
    }

    @Test
    @Tag("JD-11")
    @DisplayName("JD-11 “积极参加区人大常委会组织的专题调研、集中视察、执法检查等活动，每年不少于2次”: one by 1 December is behind, two meet it")
    void twoStandingCommitteeActivitiesAYear() {
        QuotaEdges.yearly(JIADING, "JD-11", 2, "INSPECTION");
    }

    @Test
    @Tag("JD-12")
    @DisplayName("JD-12 “应邀列席区人大常委会会议或参加主任会议组成人员召集的代表座谈会，每届任期内不少于2次。应邀列席或参加“一府一委两院”…每届任期内不少于2次”: each count over the term")
    void twoOfEachPerTerm() {
        QuotaEdges.perTerm(JIADING, "JD-12", 2, "CHAIR_MEETING_FORUM");
        QuotaEdges.perTerm(JIADING, "JD-12", 2, "COURT_OBSERVATION");
    }

    @Test
    @Tag("JD-13")
    @DisplayName("JD-13 “每年至少参加1次履职学习培训”: none in the year by 1 December is behind, one meets it")
    void yearlyTraining() {
        QuotaEdges.yearly(JIADING, "JD-13", 1, "TRAINING");
    }

    @Test
    @Tag("JD-14")
    @DisplayName("JD-14 “积极参加所在代表小组组织开展的…各项履职活动，每年不少于2次”: one by 1 December is behind, two meet it")
    void twoGroupActivitiesAYear() {
        QuotaEdges.yearly(JIADING, "JD-14", 2, "GROUP_ACTIVITY");
    }

    @Test
    @Tag("JD-16")
    @DisplayName("JD-16 “定期参与所在街镇代表“家站点”的接待人民群众活动，每年不少于2次”: one by 1 December is behind, two meet it")
    void twoReceptionsAYear() {
        QuotaEdges.yearly(JIADING, "JD-16", 2, "STATION_RECEPTION");
    }

    @Test
    @Tag("JD-18")
    @DisplayName("JD-18 “每名代表每届任期内应至少领衔或参与提出2件代表议案或建议”: one by the term's last day is behind, two meet it")
    void twoMotionsOrSuggestionsPerTerm() {
        QuotaEdges.perTerm(JIADING, "JD-18", 2, "SUGGESTION");
    }

    @Test
    @Tag("JD-15")
    @DisplayName("JD-15 “每名代表联系不少于5名选区选民，通过走访、座谈、电话和网络等联系方式，每年沟通联系不少于2次”: five voters met on one day are five people but one contact; a second day meets it")
    void fiveVotersOnTwoOccasions() {
        var deputy = deputy();
        for (String voter : List.of("甲", "乙", "丙", "丁", "戊")) {
            deputy.recordedWith("VOTER_CONTACT", voter, "2026-03-01");
        }

        assertThat(deputy.compliance(JIADING, "2026-12-01").verdictsFor("JD-15"))
                .extracting(v -> v.count().longValueExact(), QuotaVerdict::minimum, QuotaVerdict::status)
                .containsExactly(tuple(5L, 5, QuotaStatus.MET), tuple(1L, 2, QuotaStatus.BEHIND));
        deputy.recordedWith("VOTER_CONTACT", "甲", "2026-12-31");
        assertThat(deputy.compliance(JIADING, "2026-12-31").status("JD-15")).contains(QuotaStatus.MET);
    }

    @Test
    @Tag("JD-15")
    @DisplayName("JD-15 “每名常委会组成人员每年联系3至6名代表”: a member who contacted the same deputy three times has contacted one; three deputies meet it")
    void memberContactsThreeDeputies() {
        var member = deputy(Position.STANDING_COMMITTEE_MEMBER).recordedWith("DEPUTY_CONTACT", "代表甲", "2026-02-01", "2026-05-01", "2026-08-01");

        assertThat(member.compliance(JIADING, "2026-12-01").verdictsFor("JD-15")).first()
                .extracting(v -> v.count().longValueExact(), QuotaVerdict::status).containsExactly(1L, QuotaStatus.BEHIND);
        member.recordedWith("DEPUTY_CONTACT", "代表乙", "2026-12-02").recordedWith("DEPUTY_CONTACT", "代表丙", "2026-12-03");
        assertThat(member.compliance(JIADING, "2026-12-31").verdictsFor("JD-15")).first()
                .extracting(v -> v.count().longValueExact(), QuotaVerdict::status).containsExactly(3L, QuotaStatus.MET);
    }

    @Test
    @DisplayName("JD-29: staff judging a case minor open an interview, serious an admonition, by the qualification committee")
    void discretionaryBySeverity() {
        CaseOpening minor = SupervisionEvaluator.discretionary(JIADING, "JD-29", "MINOR", "无故不参加代表小组活动");
        CaseOpening serious = SupervisionEvaluator.discretionary(JIADING, "JD-29", "SERIOUS", "多次无故缺席且不联系群众");

        assertThat(minor).extracting(CaseOpening::action, CaseOpening::actor).containsExactly("INTERVIEW", "QUALIFICATION_COMMITTEE");
        assertThat(serious).extracting(CaseOpening::action, CaseOpening::alternatives)
                .containsExactly("ADMONITION", List.of("GROUP_LEADER"));
    }

    @Test
    @Tag("JD-29")
    @DisplayName("JD-29 “任期内…未领衔提出或附议提出代表议案或建议…由代表资格审查委员会或所在代表小组对其进行约谈”: judged on the term's last day, while the term is still in force")
    void noMotionInTheTerm() {
        var deputy = deputy().recorded("VOTER_CONTACT", "2026-03-01", "2027-03-01").recorded("STATION_RECEPTION", "2026-04-01", "2027-04-01");

        assertThat(deputy.openings("JD-29", JIADING, "2027-12-30")).isEmpty();
        assertThat(deputy.openings("JD-29", JIADING, "2027-12-31"))
                .extracting(CaseOpening::action, CaseOpening::actor, CaseOpening::alternatives)
                .containsExactly(tuple("INTERVIEW", "QUALIFICATION_COMMITTEE", List.of("GROUP_LEADER")));
    }

    @Test
    @DisplayName("JD-29: a year with voter contacts but no 家站点 reception opens an interview the next January")
    void yearWithoutReception() {
        var deputy = deputy().recorded("VOTER_CONTACT", "2025-03-01").recorded("SUGGESTION", "2025-01-10");

        assertThat(deputy.openings("JD-29", JIADING, "2026-01-05")).singleElement()
                .satisfies(o -> assertThat(o.evidence()).containsExactly("2025年没有已确认的“联络站接待群众”记录"));
    }
}
