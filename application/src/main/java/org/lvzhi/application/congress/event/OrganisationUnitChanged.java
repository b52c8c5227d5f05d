package org.lvzhi.application.congress.event;

import org.lvzhi.application.event.Event;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;

/** An organisation unit was renamed or moved to another address. */
public record OrganisationUnitChanged(UnitId unitId, UnitKind kind, String name) implements Event {

    @Override
    public String code() {
        return "organisation-unit.changed";
    }
}
