package org.lvzhi.tenants.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.day;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.deputy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.supervision.CaseOpening;
import org.lvzhi.domain.supervision.SupervisionEvaluator;

/** Jiading's quotas and supervision rules, judged from its real profile over the baseline. */
class JiadingScenarioTest {

    private static final EffectiveProfile JIADING = SeedCongresses.effective("sh-jiading", day("2026-01-01"));

    @Test
    @DisplayName("JD-8: no speech at a delegation meeting by 31 December is behind; one speech meets it")
    void yearlySpeech() {
        assertThat(deputy().compliance(JIADING, "2026-12-31").status("JD-8")).contains(QuotaStatus.BEHIND);
        assertThat(deputy().recorded("SESSION_SPEECH", "2026-01-12").compliance(JIADING, "2026-12-31").status("JD-8"))
                .contains(QuotaStatus.MET);
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
    @DisplayName("JD-29: no motion or suggestion in the whole term opens an interview once the term has ended")
    void noMotionInTheTerm() {
        var deputy = deputy().recorded("VOTER_CONTACT", "2026-03-01", "2027-03-01").recorded("STATION_RECEPTION", "2026-04-01", "2027-04-01");

        assertThat(deputy.openings("JD-29", JIADING, "2027-12-31")).isEmpty();
        assertThat(deputy.openings("JD-29", JIADING, "2028-01-02")).extracting(CaseOpening::action).containsExactly("INTERVIEW");
    }

    @Test
    @DisplayName("JD-29: a year with voter contacts but no 家站点 reception opens an interview the next January")
    void yearWithoutReception() {
        var deputy = deputy().recorded("VOTER_CONTACT", "2025-03-01").recorded("SUGGESTION", "2025-01-10");

        assertThat(deputy.openings("JD-29", JIADING, "2026-01-05")).singleElement()
                .satisfies(o -> assertThat(o.evidence()).containsExactly("2025年没有已确认的“联络站接待群众”记录"));
    }
}
