package org.lvzhi.application.deputy.port.in;

import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import java.util.List;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.StatusChange;

/** Reading the register: staff read any deputy of their congress, a deputy reads their own seat. */
public interface DeputyQueries {

    DeputyView find(ActingCaller caller, DeputyId id);

    DeputyView own(ActingCaller caller);

    /** The register by name, then id, a keyset page. */
    Slice<DeputyView> search(ActingCaller caller, DeputySearch search, KeysetRequest page);

    /** The deputy's status changes, oldest first, for whoever may read the deputy. */
    List<StatusChange> statusChanges(ActingCaller caller, DeputyId id);
}
