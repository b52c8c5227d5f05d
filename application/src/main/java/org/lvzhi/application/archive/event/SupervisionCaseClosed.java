package org.lvzhi.application.archive.event;

import java.util.Optional;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.supervision.CaseOutcome;
import org.lvzhi.domain.supervision.SupervisionCaseId;

/** A supervision case against a deputy was closed with its outcome. */
public record SupervisionCaseClosed(SupervisionCaseId caseId, DeputyId deputyId, String rule, CaseOutcome outcome,
        Optional<String> note) implements Event {

    @Override
    public String code() {
        return "supervision.case-closed";
    }
}
