package org.lvzhi.application.suggestion.port.in;

import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.suggestion.Feedback;

/** The sponsor's evaluation of one handling unit: its attitude and the result of its handling (JD-19). */
public record EvaluationCommand(UnitId unit, Feedback attitude, Feedback handling) {

    public EvaluationCommand {
        Checks.required("unitId", unit);
        Checks.required("attitude", attitude);
        Checks.required("handling", handling);
    }
}
