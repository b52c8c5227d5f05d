package org.lvzhi.application.archive.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.supervision.CaseState;
import org.lvzhi.domain.supervision.SupervisionCase;
import org.lvzhi.domain.supervision.SupervisionCaseId;

/** The acting congress's supervision cases. */
public interface SupervisionCasePort {

    /**
     * Opens the case unless the deputy already has one of the rule under the same trigger key that was not withdrawn;
     * says whether it did.
     */
    default boolean open(SupervisionCase supervisionCase) {
        return !openAll(List.of(supervisionCase)).isEmpty();
    }

    /** Opens each case as {@link #open} does, all in one write; answers those it opened, in the order given. */
    List<SupervisionCase> openAll(List<SupervisionCase> cases);

    /** Stores a case closed, withdrawn, or with its evidence and grounds judged again. */
    void update(SupervisionCase supervisionCase);

    Optional<SupervisionCase> find(SupervisionCaseId id);

    /** The deputy's cases, oldest first. */
    List<SupervisionCase> ofDeputy(DeputyId deputy);

    /** The cases of all these deputies, oldest first; one read. */
    List<SupervisionCase> ofDeputies(Collection<DeputyId> deputies);

    /** Cases newest first, optionally only those in a state. */
    Slice<SupervisionCase> list(Optional<CaseState> state, KeysetRequest page);
}
