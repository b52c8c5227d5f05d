package org.lvzhi.application.archive.event;

import org.lvzhi.application.event.Event;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.supervision.SupervisionCaseId;

/**
 * A supervision case a rule had opened against a deputy was withdrawn: judged again after a fact about them changed,
 * the rule no longer fires. The reason names the rule, its article and what the case had rested on.
 */
public record SupervisionCaseWithdrawn(SupervisionCaseId caseId, DeputyId deputyId, String name, String rule, String article,
                                       String action, String reason) implements Event {

    @Override
    public String code() {
        return "supervision.case-withdrawn";
    }
}
