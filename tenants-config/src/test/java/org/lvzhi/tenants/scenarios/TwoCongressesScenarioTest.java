package org.lvzhi.tenants.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.day;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.deputy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.supervision.CaseOpening;

/**
 * A person holding seats in two congresses is judged by each congress's own profile, independently: the same
 * facts, registered for each seat, give each profile's own verdicts.
 */
class TwoCongressesScenarioTest {

    private static final EffectiveProfile QINGHAI = SeedCongresses.effective("qinghai", day("2026-01-01"));
    private static final EffectiveProfile DONGCHENG = SeedCongresses.effective("bj-dongcheng", day("2026-01-01"));

    private final ScenarioDeputy qinghaiSeat = deputy().sessionSat("2024-01-08", "2024-01-12").sessionSat("2025-01-07", "2025-01-11")
            .recorded("SESSION_SPEECH", "2024-01-10", "2025-01-09")
            .recorded("STATION_RECEPTION", "2026-04-01");
    private final ScenarioDeputy dongchengSeat = qinghaiSeat.seatInAnotherCongress();

    @Test
    @DisplayName("QH-11.4, QH-12 vs DC-9.2, DC-9.6: each congress opens the cases of its own rules")
    void eachProfileOpensItsOwnCases() {
        assertThat(qinghaiSeat.openings(QINGHAI, "2026-12-10")).extracting(CaseOpening::rule)
                .contains("QH-12").doesNotContain("QH-11.4").allMatch(rule -> rule.startsWith("QH-") || rule.startsWith("BL-"));
        assertThat(dongchengSeat.openings(DONGCHENG, "2026-12-10")).extracting(CaseOpening::rule)
                .contains("DC-9.2").doesNotContain("DC-9.6").allMatch(rule -> rule.startsWith("DC-") || rule.startsWith("BL-"));
    }

    @Test
    @DisplayName("QH-7.2 vs DC-6.2: one reception by December is behind both, each under its own rule and minimum")
    void eachProfileJudgesItsOwnQuotas() {
        var inQinghai = qinghaiSeat.compliance(QINGHAI, "2026-12-10");
        var inDongcheng = dongchengSeat.compliance(DONGCHENG, "2026-12-10");

        assertThat(inQinghai.verdictsFor("QH-7.2")).extracting(QuotaVerdict::minimum, QuotaVerdict::status)
                .containsExactly(tuple(3, QuotaStatus.BEHIND));
        assertThat(inDongcheng.verdictsFor("DC-6.2")).extracting(QuotaVerdict::minimum, QuotaVerdict::status)
                .containsExactly(tuple(2, QuotaStatus.BEHIND));
        assertThat(inQinghai.status("DC-6.2")).isEmpty();
        assertThat(inDongcheng.status("QH-7.2")).isEmpty();
    }
}
