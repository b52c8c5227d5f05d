package org.lvzhi.domain.supervision;

import java.util.List;

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
        alternatives = List.copyOf(alternatives);
        evidence = List.copyOf(evidence);
    }
}
