package org.lvzhi.application.congress.port.in;

import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;

public interface CongressQueries {

    /** Every congress on the platform, for the platform admin. */
    Page<Congress> all(PageRequest page);

    Congress show(CongressId id);
}
