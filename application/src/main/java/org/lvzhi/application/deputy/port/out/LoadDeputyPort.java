package org.lvzhi.application.deputy.port.out;

import java.util.List;
import java.util.Optional;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.StatusChange;

/** The acting congress's deputies. */
public interface LoadDeputyPort {

    Optional<DeputyView> find(DeputyId id);

    /** The seat of the person signing in with this login, in the latest term they sit in. */
    Optional<DeputyView> findByLogin(Login login);

    boolean hasSeat(PersonId person, TermId term);

    Page<DeputyView> search(DeputySearch search, PageRequest page);

    /**
     * Up to {@code limit} serving deputies of the term in id order, after the given one: a walk of the whole congress in
     * batches that costs the same at its end as at its start (no count, no offset).
     */
    List<DeputyView> servingAfter(TermId term, Optional<DeputyId> after, int limit);

    /** A keyset page of the register by name, then id: what people page through, however deep. */
    Slice<DeputyView> list(DeputySearch search, KeysetRequest page);

    /** The deputy's status changes, oldest first. */
    List<StatusChange> statusChanges(DeputyId id);
}
