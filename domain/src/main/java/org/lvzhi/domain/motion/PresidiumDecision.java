package org.lvzhi.domain.motion;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.shared.Checks;

/** The presidium's decision on a proposal as staff recorded it: the outcome, its note, the date and who recorded it. */
public record PresidiumDecision(PresidiumOutcome outcome, Optional<String> note, LocalDate decidedOn, String recordedBy) {

    static final int MAX_NOTE_LENGTH = 500;

    public PresidiumDecision {
        Checks.required("outcome", outcome);
        note = Checks.required("note", note).map(n -> Checks.text("note", n, MAX_NOTE_LENGTH));
        Checks.required("decidedOn", decidedOn);
        Checks.required("recordedBy", recordedBy);
    }
}
