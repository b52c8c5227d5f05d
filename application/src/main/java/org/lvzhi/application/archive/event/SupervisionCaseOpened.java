package org.lvzhi.application.archive.event;

import org.lvzhi.application.event.Event;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.supervision.SupervisionCaseId;

/** A supervision rule opened a case against a deputy: the step's action and who handles it, as the rule names them. */
public record SupervisionCaseOpened(SupervisionCaseId caseId, DeputyId deputyId, String name, String rule, String article,
                                    String action, String actor) implements Event {

    @Override
    public String code() {
        return "supervision.case-opened";
    }
}
