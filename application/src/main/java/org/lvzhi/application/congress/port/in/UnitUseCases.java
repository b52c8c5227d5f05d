package org.lvzhi.application.congress.port.in;

import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;

/** Delegations, deputy groups, liaison stations, handling units and work committees of the acting congress. */
public interface UnitUseCases {

    OrganisationUnit create(CongressId congress, UnitKind kind, UnitCommand command);

    OrganisationUnit update(CongressId congress, UnitKind kind, UnitId id, UnitCommand command);

    OrganisationUnit find(CongressId congress, UnitKind kind, UnitId id);

    Page<OrganisationUnit> list(CongressId congress, UnitKind kind, PageRequest page);
}
