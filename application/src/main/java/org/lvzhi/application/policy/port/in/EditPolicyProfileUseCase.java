package org.lvzhi.application.policy.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.ProfileProblem;
import org.lvzhi.domain.policy.ProfileVersion;

/** A tenant admin edits the acting congress's profile: each save is a new version. */
public interface EditPolicyProfileUseCase {

    /** Every problem of the draft (schema and semantics), without saving anything. */
    List<ProfileProblem> validate(ActingCaller caller, String document);

    /**
     * The effective profile on the date as it would be were the draft saved now as the next version, computed
     * without saving anything; {@link InvalidProfile} when the draft has problems.
     */
    EffectiveProfile effectiveWith(ActingCaller caller, String document, LocalDate on);

    /**
     * Saves the draft as the next version. {@code basedOn} is the version the edit started from (If-Match);
     * it must be the latest, and is required once a version exists.
     */
    ProfileVersion save(ActingCaller caller, String document, Optional<Integer> basedOn);
}
