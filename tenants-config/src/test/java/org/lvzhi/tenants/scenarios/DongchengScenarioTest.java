package org.lvzhi.tenants.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.day;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.deputy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.supervision.CaseOutcome;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.supervision.CaseOpening;

/** Dongcheng's quotas and supervision rules, judged from its real profile over the baseline. */
class DongchengScenarioTest {

    private static final EffectiveProfile DONGCHENG = SeedCongresses.effective("bj-dongcheng", day("2026-01-01"));
    private static final EffectiveProfile QINGHAI = SeedCongresses.effective("qinghai", day("2026-01-01"));

    @Test
    @DisplayName("DC-6.2: two station receptions in the year meet the quota")
    void twoReceptionsMet() {
        var deputy = deputy().recorded("STATION_RECEPTION", "2026-03-01", "2026-09-15");

        assertThat(deputy.compliance(DONGCHENG, "2026-10-01").status("DC-6.2")).contains(QuotaStatus.MET);
    }

    @Test
    @DisplayName("DC-6.2: one station reception by 10 December is behind")
    void oneReceptionInDecemberBehind() {
        var deputy = deputy().recorded("STATION_RECEPTION", "2026-03-01");

        assertThat(deputy.compliance(DONGCHENG, "2026-12-10").status("DC-6.2")).contains(QuotaStatus.BEHIND);
    }

    @Test
    @DisplayName("DC-9.2 vs QH-11.4: speeches but no suggestion in 2024 and 2025 → interview in Dongcheng, nothing in Qinghai")
    void eitherOmissionInDongchengBothInQinghai() {
        var deputy = deputy().sessionSat("2024-01-08", "2024-01-12").sessionSat("2025-01-07", "2025-01-11")
                .recorded("SESSION_SPEECH", "2024-01-10", "2025-01-09");

        assertThat(deputy.openings("DC-9.2", DONGCHENG, "2026-01-05"))
                .extracting(CaseOpening::action, CaseOpening::actor).containsExactly(tuple("INTERVIEW", "DELEGATION_HEAD"));
        assertThat(deputy.openings("QH-11.4", QINGHAI, "2026-01-05")).isEmpty();
    }

    @Test
    @DisplayName("DC-10.5 is judged only for deputies holding the standing committee member position")
    void memberContactsOnlyForMembers() {
        assertThat(deputy().compliance(DONGCHENG, "2026-06-01").verdictsFor("DC-10.5")).isEmpty();
        assertThat(deputy(Position.STANDING_COMMITTEE_MEMBER).compliance(DONGCHENG, "2026-06-01").verdictsFor("DC-10.5")).hasSize(1);
    }

    @Test
    @Tag("DC-4.1")
    @DisplayName("DC-4.1 “积极参加区人大常委会组织的专题调研、集中视察、执法检查、主题活动、工作评议等活动，每年参加不少于3次”: two by 1 December are behind, three meet it")
    void threeStandingCommitteeActivitiesAYear() {
        QuotaEdges.yearly(DONGCHENG, "DC-4.1", 3, "THEME_ACTIVITY");
    }

    @Test
    @Tag("DC-4.4")
    @DisplayName("DC-4.4 “参加代表联组、代表小组和代表专业小组活动，每年不少于3次”: two by 1 December are behind, three meet it")
    void threeGroupActivitiesAYear() {
        QuotaEdges.yearly(DONGCHENG, "DC-4.4", 3, "PROFESSIONAL_GROUP_ACTIVITY");
    }

    @Test
    @Tag("DC-5.3")
    @DisplayName("DC-5.3 “一届内，代表参加集中学习培训不少于3次，参加代表大讲堂活动不少于5次”: each count over the term, judged on its last day")
    void trainingsAndLecturesPerTerm() {
        QuotaEdges.perTerm(DONGCHENG, "DC-5.3", 3, "TRAINING");
        QuotaEdges.perTerm(DONGCHENG, "DC-5.3", 5, "LECTURE");
    }

    @Test
    @Tag("DC-6.2")
    @DisplayName("DC-6.2 “代表一般每年至少参加2次代表联络站接待群众活动”: one by 1 December is behind, two meet it")
    void twoReceptionsAYear() {
        QuotaEdges.yearly(DONGCHENG, "DC-6.2", 2, "STATION_RECEPTION");
    }

    @Test
    @Tag("DC-9.4")
    @DisplayName("DC-9.4 “任期内，每位代表应至少列席1次区人大常委会会议”: none by the term's last day is behind, one meets it")
    void oneStandingCommitteeMeetingPerTerm() {
        QuotaEdges.perTerm(DONGCHENG, "DC-9.4", 1, "STANDING_COMMITTEE_ATTENDANCE");
    }

    @Test
    @Tag("DC-9.5")
    @DisplayName("DC-9.5 “任期内，每位代表应采取口头或书面方式，至少向原选区选民述职1次”: none by the term's last day is behind, one meets it")
    void oneVoterReportPerTerm() {
        QuotaEdges.perTerm(DONGCHENG, "DC-9.5", 1, "VOTER_REPORT");
    }

    @Test
    @Tag("DC-10.5")
    @DisplayName("DC-10.5 “每位区人大常委会组成人员直接联系5-6名代表”: a member with four deputies is behind at the term's end, five meet it, a seventh is above the six")
    void memberContactsFiveToSixDeputies() {
        var member = deputy(Position.STANDING_COMMITTEE_MEMBER);
        for (String deputy : java.util.List.of("甲", "乙", "丙", "丁")) {
            member.recordedWith("STANDING_COMMITTEE_MEMBER_CONTACT", deputy, "2024-03-01", "2025-03-01");
        }

        assertThat(member.compliance(DONGCHENG, "2027-12-31").verdictsFor("DC-10.5"))
                .extracting(v -> v.count().longValueExact(), QuotaVerdict::status).containsExactly(tuple(4L, QuotaStatus.BEHIND));
        member.recordedWith("STANDING_COMMITTEE_MEMBER_CONTACT", "戊", "2027-12-31");
        assertThat(member.compliance(DONGCHENG, "2027-12-31").verdictsFor("DC-10.5"))
                .extracting(v -> v.count().longValueExact(), QuotaVerdict::status, QuotaVerdict::aboveMaximum).containsExactly(tuple(5L, QuotaStatus.MET, false));
        member.recordedWith("STANDING_COMMITTEE_MEMBER_CONTACT", "己", "2027-12-31").recordedWith("STANDING_COMMITTEE_MEMBER_CONTACT", "庚", "2027-12-31");
        assertThat(member.compliance(DONGCHENG, "2027-12-31").verdictsFor("DC-10.5"))
                .extracting(QuotaVerdict::status, QuotaVerdict::aboveMaximum).containsExactly(tuple(QuotaStatus.MET, true));
    }

    @Test
    @Tag("DC-9.1")
    @DisplayName("DC-9.1 “未经批准一次不出席的，由所在代表团团长或人大街工委主任进行约谈。未经批准两次不出席的，其代表资格终止”: the first session missed opens the interview, the second the termination")
    void oneThenTwoSessions() {
        var deputy = deputy().absentWithoutLeave(Absence.SESSION, "2025-01-15");

        CaseOpening interview = deputy.openings("DC-9.1", DONGCHENG, "2025-01-20").getFirst();
        assertThat(interview).extracting(CaseOpening::action, CaseOpening::actor, CaseOpening::alternatives, CaseOpening::article)
                .containsExactly("INTERVIEW", "DELEGATION_HEAD", java.util.List.of("WORK_COMMITTEE_DIRECTOR"), "第九条第（一）项");
        deputy.absentWithoutLeave(Absence.SESSION, "2026-01-14");
        assertThat(deputy.openings("DC-9.1", DONGCHENG, "2026-01-20", deputy.open(interview, "2025-01-20")))
                .extracting(CaseOpening::action).containsExactly("TERMINATION");
    }

    @Test
    @Tag("DC-9.3")
    @DisplayName("DC-9.3 “应邀确定参加…未经批准无故两次不参加的，由区人大常委会办公室采取适当方式通报，通报后仍不积极参加活动的，由人大街工委主任进行约谈”: one absence opens nothing, the second the notice, then the interview")
    void noticeThenInterview() {
        var deputy = deputy().absentAfterConfirming("TRAINING", "2025-03-01");
        assertThat(deputy.openings("DC-9.3", DONGCHENG, "2025-03-05")).isEmpty();

        deputy.absentAfterConfirming("INSPECTION", "2025-05-10");
        CaseOpening notice = deputy.openings("DC-9.3", DONGCHENG, "2025-05-20").getFirst();
        assertThat(notice).extracting(CaseOpening::action).isEqualTo("CIRCULATED_NOTICE");
        var closed = deputy.open(notice, "2025-05-20").close(CaseOutcome.UNRESOLVED, "通报后仍不参加", "常委会办公室", day("2025-07-01"));
        assertThat(deputy.openings("DC-9.3", DONGCHENG, "2025-07-02", closed))
                .extracting(CaseOpening::action, CaseOpening::actor).containsExactly(tuple("INTERVIEW", "WORK_COMMITTEE_DIRECTOR"));
    }

    @Test
    @Tag("DC-9.6")
    @DisplayName("DC-9.6 “一年以上不进街道代表之家或社区代表联络站联系接待群众，由人大街工委主任进行约谈。约谈后仍未能改进的，由区人大常委会劝其辞去代表职务”: a year to the day is enough (以上), then persuasion")
    void aYearWithoutReception() {
        var deputy = deputy().recorded("STATION_RECEPTION", "2024-03-15");

        assertThat(deputy.openings("DC-9.6", DONGCHENG, "2025-03-14")).isEmpty();
        CaseOpening interview = deputy.openings("DC-9.6", DONGCHENG, "2025-03-15").getFirst();
        assertThat(interview).extracting(CaseOpening::action, CaseOpening::actor).containsExactly("INTERVIEW", "WORK_COMMITTEE_DIRECTOR");
        var closed = deputy.open(interview, "2025-03-15").close(CaseOutcome.UNRESOLVED, "约谈后仍未接待群众", "人大街工委", day("2025-05-01"));
        assertThat(deputy.openings("DC-9.6", DONGCHENG, "2025-05-02", closed))
                .extracting(CaseOpening::action, CaseOpening::actor).containsExactly(tuple("PERSUADE_TO_RESIGN", "STANDING_COMMITTEE"));
    }
}
