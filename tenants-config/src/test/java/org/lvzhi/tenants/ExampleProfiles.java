package org.lvzhi.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileHistory;
import org.lvzhi.domain.policy.ProfileProblem;
import org.lvzhi.domain.policy.ProfileResolver;
import org.lvzhi.domain.policy.ProfileValidator;
import org.lvzhi.domain.policy.ProfileVersion;

/** The example profiles under tenants/examples, and the semantic problems of a document over the baseline. */
final class ExampleProfiles {

    private static final ProfileDocumentReader READER = new ProfileDocumentReader();

    private ExampleProfiles() {
    }

    static String example(String file) {
        try (InputStream in = ExampleProfiles.class.getClassLoader().getResourceAsStream("tenants/examples/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validator's problems with a document the schema accepts, as a profile inheriting the baseline seed. */
    static List<ProfileProblem> problems(String document) {
        var parsed = READER.read(document);
        assertThat(parsed.problems()).as("schema").isEmpty();
        PolicyProfile profile = parsed.profile().orElseThrow();
        PolicyProfile baseline = READER.read(SeedProfiles.document("baseline")).profile().orElseThrow();
        EffectiveProfile inherited = ProfileResolver.resolve(profile.profile(),
                List.of(new ProfileHistory("baseline", List.of(new ProfileVersion(1, baseline, Instant.EPOCH, "seed")))),
                profile.effectiveFrom());
        return ProfileValidator.validate(profile, inherited);
    }
}
