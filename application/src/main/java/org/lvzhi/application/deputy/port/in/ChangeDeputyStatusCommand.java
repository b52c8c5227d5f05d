package org.lvzhi.application.deputy.port.in;

import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.StatusChange;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Violations;

/** Suspension, restoration, termination of qualification or resignation, with the reason on record. */
public record ChangeDeputyStatusCommand(DeputyStatus status, String reason) {

    public static ChangeDeputyStatusCommand of(String status, String reason) {
        Violations violations = new Violations();
        DeputyStatus next = violations.check(() -> Checks.oneOf("status", DeputyStatus.class, status));
        String why = violations.check(() -> Checks.text("reason", reason, StatusChange.MAX_REASON_LENGTH));
        violations.throwIfAny();
        return new ChangeDeputyStatusCommand(next, why);
    }
}
