package org.lvzhi.domain.attendance;

import java.time.Instant;
import java.util.Optional;
import org.lvzhi.domain.shared.Checks;

/**
 * One step of a leave request decided: which step, as whom (the step's actor or one of its alternatives), the
 * action the chain names, the outcome, who recorded it and when, a note (the reason, for a refusal) and, for a
 * body outside the platform, the reference of its document (文号).
 */
public record LeaveDecision(
        int step,
        String actedAs,
        String action,
        DecisionOutcome outcome,
        String decidedBy,
        Instant at,
        Optional<String> note,
        Optional<String> documentReference) {

    static final int MAX_NOTE_LENGTH = 500;
    static final int MAX_REFERENCE_LENGTH = 100;

    public LeaveDecision {
        if (step < 0) {
            throw new IllegalArgumentException("step " + step);
        }
        Checks.required("actedAs", actedAs);
        Checks.required("action", action);
        Checks.required("outcome", outcome);
        Checks.required("decidedBy", decidedBy);
        Checks.required("at", at);
        note = Checks.required("note", note).filter(n -> !n.isBlank()).map(n -> Checks.text("note", n, MAX_NOTE_LENGTH));
        documentReference = Checks.required("documentReference", documentReference).filter(r -> !r.isBlank())
                .map(r -> Checks.text("documentReference", r, MAX_REFERENCE_LENGTH));
    }
}
