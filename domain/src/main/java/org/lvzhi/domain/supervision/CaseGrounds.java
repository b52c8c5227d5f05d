package org.lvzhi.domain.supervision;

import java.util.List;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.shared.Checks;

/**
 * What a case opened by a rule rests on: the facts it counted (absence ids) and the windows it judged (each year of a
 * run, the lapse, the term). When a fact about the deputy changes, the case is judged again and withdrawn if its rule
 * no longer fires; the grounds say, to a person and in the audit, what it stood on.
 */
public record CaseGrounds(List<String> facts, List<DateRange> windows) {

    /** A case a person opened (DISCRETIONARY): it rests on their reason, not on facts the platform judges. */
    public static final CaseGrounds NONE = new CaseGrounds(List.of(), List.of());

    public CaseGrounds {
        facts = List.copyOf(Checks.required("facts", facts));
        windows = List.copyOf(Checks.required("windows", windows));
    }
}
