package org.lvzhi.domain.suggestion;

/**
 * Where a suggestion (建议、批评和意见) stands in its statutory life. DRAFT → SUBMITTED → (screening) ACCEPTED, REFUSED
 * or MERGED → ASSIGNED → REPLIED → CLOSED, or, on a dissatisfied feedback, DISSATISFIED → REASSIGNED → REPLIED → CLOSED
 * (BL-13: one re-handling, answered within a month of re-assignment).
 */
public enum SuggestionState {
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    REFUSED,
    MERGED,
    ASSIGNED,
    REPLIED,
    DISSATISFIED,
    REASSIGNED,
    CLOSED;

    /** Awaiting an answer from the lead handling unit. */
    public boolean inHandling() {
        return this == ASSIGNED || this == REASSIGNED;
    }
}
