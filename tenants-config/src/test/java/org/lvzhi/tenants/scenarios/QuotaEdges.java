package org.lvzhi.tenants.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.deputy;

import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.policy.EffectiveProfile;

/**
 * Test helper: the edges every "每年（任期内）不少于 n 次" quota must keep, judged from a real profile for a deputy of the
 * 2023–2027 term: n − 1 records once too little of the window is left are BEHIND, n records are MET (不少于 includes
 * n), and records dated outside the window do not count.
 */
final class QuotaEdges {

    private QuotaEdges() {
    }

    /** A yearly quota of the rule (the only verdict of its id for an ordinary deputy) over 2026. */
    static void yearly(EffectiveProfile profile, String rule, int minimum, String type) {
        var deputy = deputy().recorded(type, "2025-12-31");
        for (int i = 1; i < minimum; i++) {
            deputy.recorded(type, "2026-0" + i + "-1" + i);
        }
        assertThat(deputy.compliance(profile, "2026-12-01").verdictsFor(rule))
                .extracting(v -> v.count().longValueExact(), QuotaVerdict::minimum, QuotaVerdict::status)
                .containsExactly(tuple((long) minimum - 1, minimum, QuotaStatus.BEHIND));

        deputy.recorded(type, "2026-12-31");
        assertThat(deputy.compliance(profile, "2026-12-31").verdictsFor(rule))
                .extracting(v -> v.count().longValueExact(), QuotaVerdict::status).containsExactly(tuple((long) minimum, QuotaStatus.MET));
    }

    /** A quota of the rule over the 2023–2027 term, counting the type. */
    static void perTerm(EffectiveProfile profile, String rule, int minimum, String type) {
        perTerm(deputy(), profile, rule, minimum, type);
    }

    /** The same for the given deputy (one the rule's audience includes). */
    static void perTerm(ScenarioDeputy deputy, EffectiveProfile profile, String rule, int minimum, String type) {
        deputy.recorded(type, "2022-12-31");
        for (int i = 1; i < minimum; i++) {
            deputy.recorded(type, "2024-0" + i + "-1" + i);
        }
        assertThat(deputy.compliance(profile, "2027-12-31").verdictsFor(rule)).filteredOn(v -> v.counts().contains(type))
                .extracting(v -> v.count().longValueExact(), QuotaVerdict::minimum, QuotaVerdict::status)
                .containsExactly(tuple((long) minimum - 1, minimum, QuotaStatus.BEHIND));

        deputy.recorded(type, "2027-12-31");
        assertThat(deputy.compliance(profile, "2027-12-31").verdictsFor(rule)).filteredOn(v -> v.counts().contains(type))
                .extracting(v -> v.count().longValueExact(), QuotaVerdict::status).containsExactly(tuple((long) minimum, QuotaStatus.MET));
    }
}
