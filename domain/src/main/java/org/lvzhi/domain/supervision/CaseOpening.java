package org.lvzhi.domain.supervision;

import java.util.List;
import org.lvzhi.domain.shared.Checks;

/**
 * A supervision case a rule asks to open: which step of the rule (counted from 1), the action and who takes it,
 * under a trigger key that identifies what fired so that the same trigger never opens two cases, and the
 * evidence a person needs to see why (absence ids, the empty windows, the previous case).
 */
public record CaseOpening(
        String rule,
        String article,
        String triggerKey,
        int step,
        String action,
        String actor,
        List<String> alternatives,
        List<String> evidence) {

    public CaseOpening {
        Checks.required("rule", rule);
        Checks.required("triggerKey", triggerKey);
        Checks.required("action", action);
        Checks.required("actor", actor);
        alternatives = List.copyOf(Checks.required("alternatives", alternatives));
        evidence = List.copyOf(Checks.required("evidence", evidence));
    }
}
