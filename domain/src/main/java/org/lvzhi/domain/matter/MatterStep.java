package org.lvzhi.domain.matter;

/** What is done to a matter, each on the day it happened. */
public enum MatterStep {
    /** Recorded in the state of its kind (a letter received, a change happened…). */
    RECORDED,
    /** BL-20: the appointment took place. */
    HELD,
    /** BL-20: the officials' unit reported the appointment to the representative work department (10 days). */
    DEPARTMENT_REPORTED,
    /** BL-21: the deputies handed in their research report (20 days after the research ended). */
    SUBMITTED,
    /** BL-18, BL-21: the report was assigned (交办) to a handling unit. */
    ASSIGNED,
    /** The written answer to the deputies: of the officials' unit (BL-20), on a report (BL-18, BL-21), to a letter (BL-23). */
    ANSWERED,
    /** BL-20: the chair meeting (主任会议) decided the appointment be handled again. */
    REHANDLING_DECIDED,
    /** BL-29: the deputy reported the change of their details. */
    CHANGE_REPORTED
}
