package org.lvzhi.domain.policy;

/** Whether a period ending on a statutory rest day moves to the next working day (Civil Code art. 203). */
public enum RestDayRule {
    NEXT_WORKING_DAY,
    NONE
}
