package org.lvzhi.domain.suggestion;

/** What was done to a suggestion; every state change and every record (urging, progress, extension) is one. */
public enum ActionKind {
    DRAFTED,
    SUBMITTED,
    ACCEPTED,
    REFUSED,
    MERGED,
    MERGED_IN,
    MERGE_DISMISSED,
    ASSIGNED,
    PROGRESS_REPORTED,
    EXTENSION_REQUESTED,
    EXTENSION_APPROVED,
    EXTENSION_REFUSED,
    URGED,
    REPLIED,
    FEEDBACK_GIVEN,
    REASSIGNED,
    EVALUATED,
    CLOSED
}
