package org.lvzhi.domain.deputy;

import java.util.Optional;
import org.lvzhi.domain.congress.UnitKind;

/**
 * An office held by a person in a congress (GLOSSARY.md). Approval steps and supervision actions name
 * positions, never access roles. Some offices are held in a unit of a given kind.
 */
public enum Position {
    CHAIR,
    EXECUTIVE_VICE_CHAIR,
    VICE_CHAIR,
    SECRETARY_GENERAL,
    STANDING_COMMITTEE_MEMBER,
    PRESIDIUM_MEMBER,
    LIAISON_OFFICE_DIRECTOR,
    SESSION_SECRETARIAT,
    DELEGATION_HEAD(UnitKind.DELEGATION),
    DELEGATION_OFFICE(UnitKind.DELEGATION),
    GROUP_LEADER(UnitKind.DEPUTY_GROUP),
    DEPUTY_GROUP_LEADER(UnitKind.DEPUTY_GROUP),
    STATION_HEAD(UnitKind.LIAISON_STATION),
    WORK_COMMITTEE_DIRECTOR(UnitKind.WORK_COMMITTEE),
    HANDLING_UNIT_HEAD(UnitKind.HANDLING_UNIT);

    private final UnitKind heldIn;

    Position() {
        this.heldIn = null;
    }

    Position(UnitKind heldIn) {
        this.heldIn = heldIn;
    }

    /** The kind of unit the office is held in, or empty for an office of the congress as a whole. */
    public Optional<UnitKind> heldIn() {
        return Optional.ofNullable(heldIn);
    }
}
