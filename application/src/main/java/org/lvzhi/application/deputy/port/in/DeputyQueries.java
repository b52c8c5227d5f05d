package org.lvzhi.application.deputy.port.in;

import org.lvzhi.application.deputy.DeputySearch;
import org.lvzhi.application.deputy.DeputyView;
import org.lvzhi.application.identity.ActingCaller;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.deputy.DeputyId;

/** Reading the register: staff read any deputy of their congress, a deputy reads their own seat. */
public interface DeputyQueries {

    DeputyView find(ActingCaller caller, DeputyId id);

    DeputyView own(ActingCaller caller);

    Page<DeputyView> search(ActingCaller caller, DeputySearch search, PageRequest page);
}
