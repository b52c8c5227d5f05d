package org.lvzhi.domain.motion;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;

/**
 * The signatories' verdict on the answer to an inquiry: who was dissatisfied, how many it takes (half or more of the
 * signatories, BL-11) and whether the presidium may therefore order another answer.
 */
public record AnswerVerdict(List<DeputyId> dissatisfied, SignatureThreshold threshold, LocalDate recordedOn, String recordedBy) {

    public AnswerVerdict {
        dissatisfied = List.copyOf(Checks.required("dissatisfied", dissatisfied));
        Checks.required("threshold", threshold);
        Checks.required("recordedOn", recordedOn);
        Checks.required("recordedBy", recordedBy);
    }

    public boolean reanswerRequired() {
        return threshold.metBy(dissatisfied.size());
    }
}
