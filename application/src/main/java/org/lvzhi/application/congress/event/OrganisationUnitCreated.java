package org.lvzhi.application.congress.event;

import org.lvzhi.application.event.Event;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;

/** An organisation unit (a delegation, a committee, a handling unit…) was created. */
public record OrganisationUnitCreated(UnitId unitId, UnitKind kind, String name) implements Event {

    @Override
    public String code() {
        return "organisation-unit.created";
    }
}
