package org.lvzhi.application.motion.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.motion.PresidiumOutcome;
import org.lvzhi.domain.shared.Checks;

/**
 * The presidium's decision as staff record it; the date defaults to today. Not accepting a motion may name the
 * profile's screening category that refuses it (HN-5: 不属于省人大及其常委会职权范围内的事项).
 */
public record DecisionCommand(PresidiumOutcome outcome, Optional<String> note, Optional<LocalDate> decidedOn, Optional<String> category) {

    public DecisionCommand {
        Checks.required("outcome", outcome);
        note = Checks.required("note", note).filter(n -> !n.isBlank());
        Checks.required("decidedOn", decidedOn);
        category = Checks.required("category", category).filter(c -> !c.isBlank());
    }
}
