package org.lvzhi.domain.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileFixtures;
import org.lvzhi.domain.policy.ProfileResolver;

class SignatureThresholdTest {

    private final EffectiveProfile profile = ProfileResolver.resolve("test",
            List.of(ProfileFixtures.history(PolicyProfile.BASELINE, MotionFixtures.baseline())), MotionFixtures.date("2025-03-01"));

    @Test
    @DisplayName("BL-8: a motion needs 10 signatories at county level and up, 5 at township level")
    void motionByLevel() {
        assertThat(SignatureThreshold.in(profile, "MOTION", Level.COUNTY, () -> 0)).get()
                .extracting(SignatureThreshold::rule, SignatureThreshold::article, SignatureThreshold::required)
                .containsExactly("BL-8", "第八条", 10);
        assertThat(SignatureThreshold.in(profile, "MOTION", Level.PROVINCE, () -> 0).orElseThrow().required()).isEqualTo(10);
        assertThat(SignatureThreshold.in(profile, "MOTION", Level.TOWNSHIP, () -> 0).orElseThrow().required()).isEqualTo(5);
        assertThat(SignatureThreshold.in(profile, "MOTION", Level.COUNTY, () -> 0).orElseThrow().requiredParts())
                .containsExactly("SUBJECT", "GROUNDS", "PROPOSAL");
    }

    @Test
    @DisplayName("BL-14: one tenth or more of all serving deputies, rounded up — 95 deputies need 10, 100 need 10, 101 need 11")
    void investigationShareRoundsUp() {
        assertThat(SignatureThreshold.in(profile, "INVESTIGATION_PROPOSAL", Level.COUNTY, () -> 95).orElseThrow().required())
                .isEqualTo(10);
        assertThat(SignatureThreshold.in(profile, "INVESTIGATION_PROPOSAL", Level.COUNTY, () -> 100).orElseThrow().required())
                .isEqualTo(10);
        assertThat(SignatureThreshold.in(profile, "INVESTIGATION_PROPOSAL", Level.CITY, () -> 101).orElseThrow().required())
                .isEqualTo(11);
        assertThat(SignatureThreshold.in(profile, "INVESTIGATION_PROPOSAL", Level.COUNTY, () -> 95).orElseThrow().described())
                .isEqualTo("95人的1/10以上，即10人以上");
    }

    @Test
    @DisplayName("BL-14 speaks of county level and up: a township has no threshold for an investigation committee")
    void noInvestigationAtTownship() {
        assertThat(SignatureThreshold.in(profile, "INVESTIGATION_PROPOSAL", Level.TOWNSHIP, () -> 40)).isEmpty();
    }

    @Test
    @DisplayName("BL-12: a recall motion needs one tenth of the deputies at county level, one fifth at township level")
    void recallByLevel() {
        assertThat(SignatureThreshold.in(profile, "RECALL_MOTION", Level.COUNTY, () -> 250).orElseThrow().required()).isEqualTo(25);
        assertThat(SignatureThreshold.in(profile, "RECALL_MOTION", Level.TOWNSHIP, () -> 42).orElseThrow().required()).isEqualTo(9);
    }

    @Test
    @DisplayName("BL-11: half or more of 10 signatories is 5, of 9 it is 5 (4.5 rounded up)")
    void halfOrMore() {
        assertThat(SignatureThreshold.in(profile, "INQUIRY_REANSWER", Level.COUNTY, () -> 10).orElseThrow().required()).isEqualTo(5);
        assertThat(SignatureThreshold.in(profile, "INQUIRY_REANSWER", Level.COUNTY, () -> 9).orElseThrow().required()).isEqualTo(5);
    }

    @Test
    @DisplayName("a share is read from the profile's text and must be a proper fraction")
    void shareParsing() {
        assertThat(Share.parse(" 1/10 ")).isEqualTo(new Share(1, 10));
        assertThat(new Share(1, 10).of(95)).isEqualTo(10);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Share.parse("ten percent")))
                .isInstanceOf(org.lvzhi.domain.shared.InvariantViolation.class);
        assertThat(Optional.of(Share.parse("1/2")).map(s -> s.of(4))).contains(2);
    }
}
