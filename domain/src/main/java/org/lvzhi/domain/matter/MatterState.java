package org.lvzhi.domain.matter;

import java.util.Optional;

/**
 * Where a matter stands. A state that awaits someone runs the clock its entering event starts in the profile (the
 * event named here); leaving it stops that clock.
 */
public enum MatterState {
    REQUESTED(null),
    HELD("APPOINTMENT_HELD"),
    REHANDLING("REHANDLING_DECIDED"),
    RESEARCH_ENDED("RESEARCH_ENDED"),
    SUBMITTED(null),
    ASSIGNED("REPORT_ASSIGNED"),
    RECEIVED("LETTER_RECEIVED"),
    CHANGED("DETAILS_CHANGED"),
    ANSWERED(null),
    REPORTED(null);

    private final String clockEvent;

    MatterState(String clockEvent) {
        this.clockEvent = clockEvent;
    }

    /** The profile's event whose clocks run while the matter is in this state. */
    public Optional<String> clockEvent() {
        return Optional.ofNullable(clockEvent);
    }
}
