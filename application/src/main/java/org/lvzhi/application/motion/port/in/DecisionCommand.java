package org.lvzhi.application.motion.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.motion.PresidiumOutcome;
import org.lvzhi.domain.shared.Checks;

/** The presidium's decision as staff record it; the date defaults to today. */
public record DecisionCommand(PresidiumOutcome outcome, Optional<String> note, Optional<LocalDate> decidedOn) {

    public DecisionCommand {
        Checks.required("outcome", outcome);
        note = Checks.required("note", note).filter(n -> !n.isBlank());
        Checks.required("decidedOn", decidedOn);
    }
}
