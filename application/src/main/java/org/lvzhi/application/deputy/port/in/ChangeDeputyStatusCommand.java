package org.lvzhi.application.deputy.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.StatusChange;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Violations;

/**
 * Suspension, restoration, termination of qualification or resignation, with the reason on record. A resignation is
 * recorded, not decided (BL-31): it names the day the body outside the platform accepted it and that body's document.
 */
public record ChangeDeputyStatusCommand(DeputyStatus status, String reason, Optional<String> documentReference,
                                        Optional<LocalDate> acceptedOn) {

    public ChangeDeputyStatusCommand(DeputyStatus status, String reason) {
        this(status, reason, Optional.empty(), Optional.empty());
    }

    public static ChangeDeputyStatusCommand of(String status, String reason) {
        return of(status, reason, null, null);
    }

    public static ChangeDeputyStatusCommand of(String status, String reason, String documentReference, LocalDate acceptedOn) {
        Violations violations = new Violations();
        DeputyStatus next = violations.check(() -> Checks.oneOf("status", DeputyStatus.class, status));
        String why = violations.check(() -> Checks.text("reason", reason, StatusChange.MAX_REASON_LENGTH));
        if (next == DeputyStatus.RESIGNED) {
            violations.check(() -> Checks.text("documentReference", documentReference, StatusChange.Acceptance.MAX_REFERENCE_LENGTH));
            violations.check(() -> Checks.required("acceptedOn", acceptedOn));
        }
        violations.throwIfAny();
        return new ChangeDeputyStatusCommand(next, why, Optional.ofNullable(documentReference).map(String::strip),
                Optional.ofNullable(acceptedOn));
    }
}
