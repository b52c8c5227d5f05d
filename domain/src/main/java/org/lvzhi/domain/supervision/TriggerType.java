package org.lvzhi.domain.supervision;

/** The kinds of supervision trigger a profile can name (Trigger.type). */
enum TriggerType {
    UNAPPROVED_ABSENCE,
    MISSING_RECORDS,
    RANKING,
    DISCRETIONARY
}
