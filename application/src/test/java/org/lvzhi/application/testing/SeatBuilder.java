package org.lvzhi.application.testing;

import java.util.Optional;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.Seat;

/** A deputy's seat: elected by a district, in no delegation or group, neither grassroots nor military. */
public final class SeatBuilder {

    private Optional<UnitId> delegation = Optional.empty();
    private Optional<UnitId> deputyGroup = Optional.empty();
    private boolean grassroots;
    private boolean military;

    private SeatBuilder() {
    }

    public static SeatBuilder aSeat() {
        return new SeatBuilder();
    }

    public SeatBuilder inDelegation(OrganisationUnit unit) {
        delegation = Optional.of(unit.id());
        return this;
    }

    public SeatBuilder inDeputyGroup(OrganisationUnit unit) {
        deputyGroup = Optional.of(unit.id());
        return this;
    }

    public SeatBuilder grassroots() {
        grassroots = true;
        return this;
    }

    public SeatBuilder military() {
        military = true;
        return this;
    }

    public Seat build() {
        return new Seat(Constituency.DISTRICT, Optional.of("城东选区"), delegation, deputyGroup, Optional.empty(), grassroots, military);
    }
}
