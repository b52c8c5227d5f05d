package org.lvzhi.domain.congress;

import java.util.Optional;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Name;

/**
 * A delegation, deputy group, liaison station, handling unit or work committee of a congress. Who leads it
 * (delegation head, group leader, work-committee director…) is a {@code PositionAssignment} naming the unit.
 */
public record OrganisationUnit(UnitId id, UnitKind kind, Name name, Optional<String> address) {

    private static final int MAX_ADDRESS_LENGTH = 200;

    public OrganisationUnit {
        Checks.required("id", id);
        Checks.required("kind", kind);
        Checks.required("name", name);
        address = Checks.required("address", address).map(a -> Checks.text("address", a, MAX_ADDRESS_LENGTH));
    }

    public OrganisationUnit rename(Name newName, Optional<String> newAddress) {
        return new OrganisationUnit(id, kind, newName, newAddress);
    }
}
