package org.lvzhi.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.DisplayName;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.ProfileHistory;
import org.lvzhi.domain.policy.ProfileResolver;
import org.lvzhi.domain.policy.ProfileVersion;
import org.lvzhi.domain.policy.RecordAndConduct;

/**
 * Every record and conduct rule of the catalogue (the 27 the platform does not judge) is shown to staff: in the
 * effective profile (the profile view) and among the rules the deputy's archive lists, with its article.
 */
class RecordAndConductRulesTest {

    private static final ProfileDocumentReader READER = new ProfileDocumentReader();

    static Stream<RuleCatalogue.Entry> recordAndConductRules() {
        return RuleCatalogue.load().rules().stream().filter(rule -> !rule.enforceable());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordAndConductRules")
    @DisplayName("a record or conduct rule is in the archive's rules and the profile view of a congress under its seed, with its article")
    void shownWithItsArticle(RuleCatalogue.Entry rule) {
        EffectiveProfile profile = effective(rule.owner().equals("baseline") ? "hunan" : rule.owner());

        assertThat(RecordAndConduct.in(profile)).filteredOn(r -> r.rule().equals(rule.id()))
                .isNotEmpty().allSatisfy(r -> assertThat(r.article()).contains(rule.article()));
        assertThat(profile.rulesWithId(rule.id())).extracting(PolicyRule::summary).allSatisfy(summary -> assertThat(summary).isNotBlank());
    }

    private static EffectiveProfile effective(String owner) {
        return ProfileResolver.resolve(owner, List.of(history("baseline"), history(owner)), LocalDate.of(2026, 6, 1));
    }

    private static ProfileHistory history(String owner) {
        PolicyProfile profile = READER.read(SeedProfiles.document(owner)).profile().orElseThrow();
        return new ProfileHistory(owner, List.of(new ProfileVersion(1, profile, Instant.EPOCH, "seed")));
    }
}
