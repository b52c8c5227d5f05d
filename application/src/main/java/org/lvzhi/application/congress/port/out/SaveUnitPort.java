package org.lvzhi.application.congress.port.out;

import org.lvzhi.domain.congress.OrganisationUnit;

public interface SaveUnitPort {

    void add(OrganisationUnit unit);

    void update(OrganisationUnit unit);
}
