package org.lvzhi.application.deputy.port.in;

import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.shared.Checks;

/** Suspension, restoration, termination of qualification or resignation, with the reason on record. */
public record ChangeDeputyStatusCommand(DeputyStatus status, String reason) {

    private static final int MAX_REASON_LENGTH = 500;

    public static ChangeDeputyStatusCommand of(String status, String reason) {
        return new ChangeDeputyStatusCommand(
                Checks.oneOf("status", DeputyStatus.class, status), Checks.text("reason", reason, MAX_REASON_LENGTH));
    }
}
