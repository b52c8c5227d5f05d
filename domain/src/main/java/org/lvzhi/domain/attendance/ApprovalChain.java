package org.lvzhi.domain.attendance;

import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.policy.ApprovalStep;
import org.lvzhi.domain.shared.Checks;

/**
 * The approval chain a leave request follows, taken from the profile when the request was made: the rule and
 * article it rests on (every decision cites them), the ordered steps that apply to the deputy, and who files it.
 */
public record ApprovalChain(String rule, String article, List<ApprovalStep> steps, Optional<String> filedBy) {

    public ApprovalChain {
        Checks.required("rule", rule);
        Checks.required("article", article);
        steps = List.copyOf(Checks.required("steps", steps));
        Checks.required("filedBy", filedBy);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an approval chain has at least one step");
        }
    }

    /** The rule and article, as decisions and messages cite them: {@code QH-4.2.2（第四条第（二）项第2目）}. */
    public String citation() {
        return rule + "（" + article + "）";
    }
}
