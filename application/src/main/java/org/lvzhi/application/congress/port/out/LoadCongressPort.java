package org.lvzhi.application.congress.port.out;

import java.util.Optional;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;

/** Reads the platform's register of congresses; a cross-tenant read, so it is served by the platform component. */
public interface LoadCongressPort {

    Optional<Congress> find(CongressId id);

    Page<Congress> list(PageRequest page);
}
