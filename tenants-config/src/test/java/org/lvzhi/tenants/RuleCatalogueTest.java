package org.lvzhi.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.policy.PolicyRule;

class RuleCatalogueTest {

    private static final RuleCatalogue CATALOGUE = RuleCatalogue.load();
    private static final ProfileDocumentReader READER = new ProfileDocumentReader();
    private static final Set<String> ENFORCEABLE_KINDS =
            Set.of("quota", "deadline", "approval", "escalation", "schedule", "threshold", "screening");

    @Test
    @DisplayName("the catalogue holds the 95 rules of the five seeds, 68 of them enforceable, each id once")
    void holdsEveryRuleOnce() {
        assertThat(CATALOGUE.rules()).hasSize(95);
        assertThat(CATALOGUE.rules()).extracting(RuleCatalogue.Entry::id).doesNotHaveDuplicates();
        assertThat(CATALOGUE.enforceableIds()).hasSize(68);
    }

    @Test
    @DisplayName("a rule is enforceable exactly when its kind is one the platform judges")
    void enforceableFollowsTheKind() {
        assertThat(CATALOGUE.rules()).allSatisfy(r ->
                assertThat(r.enforceable()).as(r.id()).isEqualTo(ENFORCEABLE_KINDS.contains(r.kind())));
    }

    @Test
    @DisplayName("each rule's article is the article its owner's profile cites for it, and it states a requirement")
    void articleMatchesTheProfile() {
        assertThat(CATALOGUE.rules()).allSatisfy(entry -> {
            var cited = READER.read(SeedProfiles.document(entry.owner())).profile().orElseThrow().rules().stream()
                    .filter(r -> r.rule().equals(entry.id())).map(PolicyRule::article).toList();
            assertThat(cited).as(entry.id()).isNotEmpty().anyMatch(article -> article.contains(entry.article()));
            assertThat(entry.requirement()).as(entry.id()).isNotBlank();
        });
    }
}
