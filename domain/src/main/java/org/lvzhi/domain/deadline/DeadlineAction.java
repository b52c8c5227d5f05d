package org.lvzhi.domain.deadline;

/** What a clock asks for on a day: a reminder before it is due, the progress explanation, or the one escalation. */
public enum DeadlineAction {
    REMINDER,
    PROGRESS_REPORT,
    OVERDUE
}
