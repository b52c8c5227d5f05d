package org.lvzhi.application.matter.port.out;

import java.util.Optional;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.matter.Matter;
import org.lvzhi.domain.matter.MatterId;
import org.lvzhi.domain.matter.MatterKind;

/** The acting congress's matters with every step taken on them. */
public interface MatterPort {

    void add(Matter matter);

    /** Stores the matter as it now stands; its actions are only ever appended. */
    void update(Matter matter);

    Optional<Matter> find(MatterId id);

    /** The matter, locked against concurrent changes until the transaction ends. */
    Optional<Matter> lock(MatterId id);

    /** Newest first; only those concerning the deputy when one is given. */
    Slice<Matter> list(Optional<DeputyId> concerning, Optional<MatterKind> kind, KeysetRequest page);
}
