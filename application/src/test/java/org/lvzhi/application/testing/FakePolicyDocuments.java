package org.lvzhi.application.testing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.policy.port.out.PolicyDocumentPort;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileProblem;

/**
 * Stands in for the YAML reader: answers the profile (or the schema problems) registered for a document text.
 * Any other text is not a profile: one schema problem at the document root ({@code ""}).
 */
public final class FakePolicyDocuments implements PolicyDocumentPort {

    public static final String NOT_A_PROFILE = "不是履职管理办法文档";

    private final Map<String, ParsedDocument> documents = new HashMap<>();

    /** The text reads as the profile, with no problems. */
    public String register(String text, PolicyProfile profile) {
        documents.put(text, new ParsedDocument(Optional.of(profile), List.of()));
        return text;
    }

    /** The text fails the schema with these problems. */
    public String registerInvalid(String text, ProfileProblem... problems) {
        documents.put(text, new ParsedDocument(Optional.empty(), Arrays.asList(problems)));
        return text;
    }

    @Override
    public ParsedDocument read(String text) {
        return documents.getOrDefault(text, new ParsedDocument(Optional.empty(), List.of(new ProfileProblem("", NOT_A_PROFILE))));
    }
}
