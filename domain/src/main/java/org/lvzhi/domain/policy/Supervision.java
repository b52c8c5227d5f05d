package org.lvzhi.domain.policy;

import java.util.List;
import java.util.Optional;

/** A supervision rule: its trigger and the steps it opens, in rising severity. */
public record Supervision(Trigger trigger, Optional<Audience> appliesTo, List<SupervisionStep> steps) {

    public Supervision {
        appliesTo = Absent.orEmpty(appliesTo);
        steps = Absent.orEmpty(steps);
    }
}
