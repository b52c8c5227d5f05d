package org.lvzhi.domain.supervision;

import java.util.List;
import org.lvzhi.domain.shared.Checks;

/**
 * A supervision case a rule asks to open: which step of the rule (counted from 1), the action and who takes it,
 * under a trigger key that identifies what fired so that the same trigger never opens two cases, and the
 * evidence a person needs to see why (absence ids, the empty windows, the previous case), and the grounds it rests on.
 */
public record CaseOpening(
        String rule,
        String article,
        String triggerKey,
        int step,
        String action,
        String actor,
        List<String> alternatives,
        List<String> evidence,
        CaseGrounds grounds) {

    public CaseOpening {
        Checks.required("rule", rule);
        Checks.required("triggerKey", triggerKey);
        Checks.required("action", action);
        Checks.required("actor", actor);
        alternatives = List.copyOf(Checks.required("alternatives", alternatives));
        evidence = List.copyOf(Checks.required("evidence", evidence));
        Checks.required("grounds", grounds);
    }

    /** An opening that rests on no fact the platform judges: a person's decision. */
    public CaseOpening(String rule, String article, String triggerKey, int step, String action, String actor, List<String> alternatives,
            List<String> evidence) {
        this(rule, article, triggerKey, step, action, actor, alternatives, evidence, CaseGrounds.NONE);
    }

    /** The same opening, its evidence and grounds as judged again (a run that grew names its new years). */
    CaseOpening regrounded(CaseOpening judged) {
        return new CaseOpening(rule, article, triggerKey, step, action, actor, alternatives, judged.evidence(), judged.grounds());
    }
}
