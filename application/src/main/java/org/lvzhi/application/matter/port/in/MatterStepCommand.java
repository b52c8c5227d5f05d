package org.lvzhi.application.matter.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.matter.MatterStep;

/** A step staff record, on the day it happened, with a note and, for an assignment, the handling unit. */
public record MatterStepCommand(MatterStep step, LocalDate on, Optional<String> note, Optional<UnitId> unit) {
}
