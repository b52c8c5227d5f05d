package org.lvzhi.application.congress.port.out;

import java.util.Optional;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;

/** The acting congress's organisation units. */
public interface LoadUnitPort {

    Optional<OrganisationUnit> find(UnitId id);

    Page<OrganisationUnit> list(UnitKind kind, PageRequest page);
}
