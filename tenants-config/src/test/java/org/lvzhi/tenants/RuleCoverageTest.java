package org.lvzhi.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every enforceable rule of the catalogue has a behaviour test: a test method of any module tagged with the rule's
 * id ({@code @Tag("QH-7.3")}) whose display name quotes the seed's words in “…”. What the test asserts — the verdict
 * and the edge the text implies — is for review; this test keeps the list of rules without one from growing.
 */
class RuleCoverageTest {

    /** Enforceable rules still without a behaviour test: none. It only shrinks; a rule that gets its test leaves it. */
    private static final Set<String> PENDING = Set.of();

    private static final Pattern TAG = Pattern.compile("@Tag\\(\"([A-Z]{2}-[0-9.]+)\"\\)");
    private static final Pattern DECLARATION = Pattern.compile("\\bvoid\\s+\\w+\\s*\\(");
    private static final Pattern SEED_QUOTE = Pattern.compile("@DisplayName\\(\"[^\"]*“[^”]*\\p{IsHan}{4,}[^”]*”");

    @Test
    @DisplayName("every enforceable rule of the catalogue has a behaviour test (none pending)")
    void everyEnforceableRuleHasABehaviourTest() {
        Set<String> tested = taggedBehaviourTests();
        Set<String> untested = new TreeSet<>(RuleCatalogue.load().enforceableIds());
        untested.removeAll(tested);

        assertThat(untested).as("enforceable rules without a behaviour test").containsExactlyInAnyOrderElementsOf(PENDING);
    }

    @Test
    @DisplayName("a behaviour test names only rules of the catalogue")
    void tagsNameCatalogueRules() {
        Set<String> known = new TreeSet<>();
        RuleCatalogue.load().rules().forEach(r -> known.add(r.id()));

        assertThat(known).containsAll(taggedBehaviourTests());
    }

    /** The rule ids tagged on test methods whose display name quotes the seed, across every module's test sources. */
    static Set<String> taggedBehaviourTests() {
        Set<String> tested = new TreeSet<>();
        try (Stream<Path> files = Files.walk(repositoryRoot())) {
            files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/test/java/"))
                    .forEach(f -> tested.addAll(tagsIn(read(f))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tested;
    }

    /** The tags of each method whose annotations (from its first tag up to its declaration) quote the seed. */
    private static Set<String> tagsIn(String source) {
        Set<String> found = new TreeSet<>();
        Matcher tag = TAG.matcher(source);
        int searchFrom = 0;
        while (tag.find(searchFrom)) {
            Matcher declaration = DECLARATION.matcher(source);
            int end = declaration.find(tag.start()) ? declaration.start() : source.length();
            String annotations = source.substring(tag.start(), end);
            if (SEED_QUOTE.matcher(annotations).find()) {
                TAG.matcher(annotations).results().forEach(m -> found.add(m.group(1)));
            }
            searchFrom = end;
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checkout this module lies in: the nearest directory above holding the Maven wrapper. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
