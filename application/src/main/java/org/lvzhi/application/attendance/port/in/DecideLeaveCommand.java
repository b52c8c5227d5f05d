package org.lvzhi.application.attendance.port.in;

import java.util.Optional;
import org.lvzhi.domain.attendance.DecisionOutcome;
import org.lvzhi.domain.shared.Checks;

/** The decision of the step a leave request waits at: pass or refuse, a note, and an outside body's document reference. */
public record DecideLeaveCommand(DecisionOutcome outcome, Optional<String> note, Optional<String> documentReference) {

    public static DecideLeaveCommand of(String outcome, String note, String documentReference) {
        return new DecideLeaveCommand(Checks.oneOf("outcome", DecisionOutcome.class, outcome),
                Optional.ofNullable(note).filter(n -> !n.isBlank()),
                Optional.ofNullable(documentReference).filter(r -> !r.isBlank()));
    }
}
