package org.lvzhi.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.ProfileHistory;
import org.lvzhi.domain.policy.ProfileResolver;
import org.lvzhi.domain.policy.ProfileValidator;
import org.lvzhi.domain.policy.ProfileVersion;

class SeedProfilesTest {

    private static final Map<String, String> PREFIX = Map.of(
            "baseline", "BL", "qinghai", "QH", "hunan", "HN", "bj-dongcheng", "DC", "sh-jiading", "JD");
    private static final ProfileDocumentReader READER = new ProfileDocumentReader();

    static Stream<String> owners() {
        return SeedProfiles.OWNERS.stream();
    }

    @ParameterizedTest
    @MethodSource("owners")
    @DisplayName("each seed profile validates against the JSON Schema and maps onto the domain")
    void validatesAgainstTheSchema(String owner) {
        var parsed = READER.read(SeedProfiles.document(owner));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.profile()).map(PolicyProfile::profile).contains(owner);
    }

    @ParameterizedTest
    @MethodSource("owners")
    @DisplayName("each seed profile passes the semantic checks against what it inherits")
    void validatesSemantically(String owner) {
        PolicyProfile profile = profile(owner);
        List<ProfileHistory> ancestors = owner.equals("baseline") ? List.of() : List.of(history(profile("baseline")));

        EffectiveProfile inherited = ProfileResolver.resolve(owner, ancestors, profile.effectiveFrom());

        assertThat(ProfileValidator.validate(profile, inherited)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("owners")
    @DisplayName("every rule id of the rule catalogue appears in its tenant's profile, and no unknown id does")
    void coversEveryRuleId(String owner) {
        Set<String> catalogue = RuleCatalogue.load().idsOf(owner);
        Set<String> encoded = profile(owner).rules().stream().map(PolicyRule::rule)
                .filter(id -> id.startsWith(PREFIX.get(owner) + "-")).collect(Collectors.toSet());

        assertThat(catalogue).isNotEmpty();
        assertThat(encoded).containsAll(catalogue);
        assertThat(catalogue).containsAll(encoded);
    }

    @ParameterizedTest
    @MethodSource("owners")
    @DisplayName("a rule the platform can only record says so and gives its reason")
    void recordOnlyRulesGiveTheirReason(String owner) {
        assertThat(profile(owner).rules()).filteredOn(r -> r.enforcedAs() == org.lvzhi.domain.policy.Enforcement.RECORD_ONLY)
                .allSatisfy(r -> assertThat(r.reason()).as(r.rule()).isPresent());
    }

    @ParameterizedTest
    @MethodSource("owners")
    @DisplayName("each seed congress resolves on today's date to its own rules over the baseline's")
    void resolvesOverTheBaseline(String owner) {
        EffectiveProfile effective = ProfileResolver.resolve(owner,
                owner.equals("baseline") ? List.of(history(profile(owner))) : List.of(history(profile("baseline")), history(profile(owner))),
                LocalDate.of(2026, 11, 23));

        assertThat(effective.rules()).anyMatch(r -> r.value().rule().startsWith(PREFIX.get(owner) + "-"));
        assertThat(effective.rules()).allMatch(r -> r.source().equals(owner) || r.source().equals("baseline"));
    }

    private static PolicyProfile profile(String owner) {
        return READER.read(SeedProfiles.document(owner)).profile().orElseThrow();
    }

    private static ProfileHistory history(PolicyProfile profile) {
        return new ProfileHistory(profile.profile(), List.of(new ProfileVersion(1, profile, java.time.Instant.EPOCH, "seed")));
    }
}
