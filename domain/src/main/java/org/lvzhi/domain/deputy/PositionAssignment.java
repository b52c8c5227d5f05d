package org.lvzhi.domain.deputy;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/** A person holding a {@link Position} in a congress, in a unit where the office requires one, from a date. */
public record PositionAssignment(
        PositionAssignmentId id,
        Position position,
        PersonId holder,
        Optional<UnitId> unit,
        LocalDate from,
        Optional<LocalDate> until) {

    public PositionAssignment {
        Checks.required("id", id);
        Checks.required("position", position);
        Checks.required("personId", holder);
        Checks.required("unitId", unit);
        Checks.required("from", from);
        Checks.required("until", until);
        if (until.isPresent() && until.get().isBefore(from)) {
            throw Messages.of(PositionAssignment.class).violation("until", "position.until-before-from");
        }
    }

    /** Assigns the office, checking that it is held in a unit of the kind it requires, or in none. */
    public static PositionAssignment assign(
            Position position, PersonId holder, Optional<OrganisationUnit> unit, LocalDate from, Optional<LocalDate> until) {
        Messages messages = Messages.of(PositionAssignment.class);
        Optional<?> requiredKind = position.heldIn();
        if (requiredKind.isPresent() && (unit.isEmpty() || unit.get().kind() != requiredKind.get())) {
            throw messages.violation("unitId", "position.unit-required", position, requiredKind.get());
        }
        if (requiredKind.isEmpty() && unit.isPresent()) {
            throw messages.violation("unitId", "position.no-unit", position);
        }
        return new PositionAssignment(
                PositionAssignmentId.random(), position, holder, unit.map(OrganisationUnit::id), from, until);
    }

    public boolean heldOn(LocalDate date) {
        return !date.isBefore(from) && until.map(u -> !date.isAfter(u)).orElse(true);
    }
}
