package org.lvzhi.tenants.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.day;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.motion.SignatureThreshold;
import org.lvzhi.domain.policy.EffectiveProfile;

/** How many deputies a joint proposal needs under the baseline, at each level (以上 includes the number; shares round up). */
class ThresholdScenarioTest {

    private static final EffectiveProfile HUNAN = SeedCongresses.effective("hunan", day("2026-01-01"));

    private static SignatureThreshold threshold(String subject, Level level, int deputies) {
        return SignatureThreshold.in(HUNAN, subject, level, () -> deputies).orElseThrow();
    }

    @Test
    @Tag("BL-8")
    @DisplayName("BL-8 “议案应当有案由、案据和方案。县级以上的地方各级人民代表大会代表十人以上联名乡镇人民代表大会代表五人以上联名”: 10 suffice at county level, 9 do not; 5 at township level")
    void motion() {
        SignatureThreshold county = threshold("MOTION", Level.COUNTY, 300);

        assertThat(county.metBy(10)).isTrue();
        assertThat(county.metBy(9)).isFalse();
        assertThat(county.requiredParts()).containsExactly("SUBJECT", "GROUNDS", "PROPOSAL");
        assertThat(threshold("MOTION", Level.TOWNSHIP, 60).required()).isEqualTo(5);
    }

    @Test
    @Tag("BL-11")
    @DisplayName("BL-11 “代表十人以上联名可以依法提出…质询案。提质询案的代表半数以上对受质询机关的答复不满意的”: 10 file it; of 15 signatories, 8 dissatisfied are half or more, 7 are not")
    void inquiry() {
        assertThat(threshold("INQUIRY", Level.PROVINCE, 700).required()).isEqualTo(10);
        SignatureThreshold reanswer = threshold("INQUIRY_REANSWER", Level.PROVINCE, 15);
        assertThat(reanswer.metBy(8)).isTrue();
        assertThat(reanswer.metBy(7)).isFalse();
    }

    @Test
    @Tag("BL-12")
    @DisplayName("BL-12 “罢免案依法提出后主席团不得搁置”, signatures per the Local Organic Law: a tenth of 95 deputies is 10 (rounded up), a fifth at township level")
    void recallMotion() {
        assertThat(threshold("RECALL_MOTION", Level.COUNTY, 95).required()).isEqualTo(10);
        assertThat(threshold("RECALL_MOTION", Level.TOWNSHIP, 41).required()).isEqualTo(9);
    }

    @Test
    @Tag("BL-14")
    @DisplayName("BL-14 “县级以上的地方各级人民代表大会会议期间占全体代表十分之一以上的代表联名”: a tenth of 300 is 30; no such committee at township level")
    void investigationCommittee() {
        assertThat(threshold("INVESTIGATION_PROPOSAL", Level.CITY, 300).required()).isEqualTo(30);
        assertThat(SignatureThreshold.in(HUNAN, "INVESTIGATION_PROPOSAL", Level.TOWNSHIP, () -> 60)).isEmpty();
    }
}
