package org.lvzhi.application.policy.port.in;

import java.util.List;
import java.util.Optional;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.policy.ProfileProblem;
import org.lvzhi.domain.policy.ProfileVersion;

/** A tenant admin edits the acting congress's profile: each save is a new version. */
public interface EditPolicyProfileUseCase {

    /** Every problem of the draft (schema and semantics), without saving anything. */
    List<ProfileProblem> validate(ActingCaller caller, String document);

    /**
     * Saves the draft as the next version. {@code basedOn} is the version the edit started from (If-Match);
     * it must be the latest, and is required once a version exists.
     */
    ProfileVersion save(ActingCaller caller, String document, Optional<Integer> basedOn);
}
