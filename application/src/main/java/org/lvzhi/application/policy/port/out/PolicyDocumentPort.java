package org.lvzhi.application.policy.port.out;

import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileProblem;

/** Reads a profile document (YAML, or JSON which is YAML too) and checks it against the profile JSON Schema. */
public interface PolicyDocumentPort {

    ParsedDocument read(String text);

    /** The profile, or the problems that kept the document from being one. */
    record ParsedDocument(Optional<PolicyProfile> profile, List<ProfileProblem> problems) {

        public ParsedDocument {
            problems = List.copyOf(problems);
        }
    }
}
