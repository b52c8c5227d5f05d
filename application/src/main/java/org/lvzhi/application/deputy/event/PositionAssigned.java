package org.lvzhi.application.deputy.event;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.deputy.PositionAssignmentId;

/** Someone was given a position (a delegation's head, a committee's director…) from a day, in a unit where it has one. */
public record PositionAssigned(PositionAssignmentId assignmentId, Position position, String name, Optional<UnitId> unitId,
                               LocalDate from, Optional<LocalDate> until) implements Event {

    @Override
    public String code() {
        return "position.assigned";
    }
}
