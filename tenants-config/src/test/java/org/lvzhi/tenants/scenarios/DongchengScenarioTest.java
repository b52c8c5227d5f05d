package org.lvzhi.tenants.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.day;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.deputy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.compliance.QuotaStatus;
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
}
