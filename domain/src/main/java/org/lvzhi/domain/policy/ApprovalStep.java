package org.lvzhi.domain.policy;

import java.util.List;
import java.util.Optional;

/** One step of a leave-approval chain: who (a position, the organiser or an outside body) does what. */
public record ApprovalStep(String actor, String action, List<String> alternatives, Optional<Audience> appliesTo) {

    public ApprovalStep {
        alternatives = Absent.orEmpty(alternatives);
        appliesTo = Absent.orEmpty(appliesTo);
    }
}
