package org.lvzhi.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.shared.Violation;

class ProfileLineageTest {

    /** Parent congresses on the platform: township → county → city → province. */
    private static final Map<String, String> PARENT_CONGRESS =
            Map.of("township", "county", "county", "city", "city", "qinghai");

    /** An owner's parent: its profile's {@code inherits} where it names one, else its parent congress. */
    private static Function<String, Optional<String>> parentOf(Map<String, String> inherits) {
        return owner -> Optional.ofNullable(inherits.get(owner)).or(() -> Optional.ofNullable(PARENT_CONGRESS.get(owner)));
    }

    @Test
    @DisplayName("the chain runs root first: baseline, then each ancestor, then the owner itself")
    void rootFirst() {
        assertThat(ProfileLineage.of("township", parentOf(Map.of())))
                .containsExactly(PolicyProfile.BASELINE, "qinghai", "city", "county", "township");
    }

    @Test
    @DisplayName("a profile's inherits overrides its parent congress: a county inheriting the province skips the city")
    void inheritsOverridesParent() {
        assertThat(ProfileLineage.of("township", parentOf(Map.of("county", "qinghai"))))
                .containsExactly(PolicyProfile.BASELINE, "qinghai", "county", "township");
    }

    @Test
    @DisplayName("an owner with no parent inherits the baseline directly")
    void noParentMeansBaseline() {
        assertThat(ProfileLineage.of("qinghai", parentOf(Map.of()))).containsExactly(PolicyProfile.BASELINE, "qinghai");
    }

    @Test
    @DisplayName("an owner naming the baseline in inherits sits right under it")
    void inheritsBaseline() {
        assertThat(ProfileLineage.of("county", parentOf(Map.of("county", PolicyProfile.BASELINE))))
                .containsExactly(PolicyProfile.BASELINE, "county");
    }

    @Test
    @DisplayName("the baseline's own lineage is just the baseline")
    void baselineAlone() {
        assertThat(ProfileLineage.of(PolicyProfile.BASELINE, parentOf(Map.of()))).containsExactly(PolicyProfile.BASELINE);
    }

    @Test
    @DisplayName("a loop a → b → a is refused at /inherits, the message showing the loop")
    void cycleIsRefused() {
        Violation violation = violationOf(() -> ProfileLineage.of("a", parentOf(Map.of("a", "b", "b", "a"))));

        assertThat(violation.field()).isEqualTo("/inherits");
        assertThat(violation.message()).isEqualTo("继承关系形成循环：a → b → a");
    }

    @Test
    @DisplayName("a loop further up the chain is refused too, naming the owners on the way into it")
    void cycleAboveIsRefused() {
        Violation violation = violationOf(() -> ProfileLineage.of("township", parentOf(Map.of("county", "city", "city", "county"))));

        assertThat(violation.field()).isEqualTo("/inherits");
        assertThat(violation.message()).contains("county → city → county").startsWith("继承关系形成循环：");
    }

    @Test
    @DisplayName("a profile inheriting itself is a loop")
    void selfLoopIsRefused() {
        assertThat(violationOf(() -> ProfileLineage.of("a", parentOf(Map.of("a", "a")))))
                .isEqualTo(new Violation("/inherits", "继承关系形成循环：a → a"));
    }
}
