package org.lvzhi.domain.supervision;

/**
 * How a person closed a supervision case. UNRESOLVED lets the rule's next step open (QH-11.5, QH-12);
 * CONFIRMED is only for a TERMINATION case: the termination proceeding is confirmed and the deputy's status
 * changes; DISMISSED means the trigger did not hold (a wrongly registered absence, say).
 */
public enum CaseOutcome {
    RESOLVED,
    UNRESOLVED,
    CONFIRMED,
    DISMISSED
}
