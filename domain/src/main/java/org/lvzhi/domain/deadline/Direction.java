package org.lvzhi.domain.deadline;

/** Whether a deadline runs from its event (a reply after assignment) or ends before it (a notice before an activity). */
public enum Direction {
    AFTER,
    BEFORE
}
