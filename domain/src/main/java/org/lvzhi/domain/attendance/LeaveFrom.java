package org.lvzhi.domain.attendance;

/** What leave is asked from: the profile's {@code leaveFrom} values. */
public enum LeaveFrom {
    /** The whole session of the congress (不能全程出席). */
    WHOLE_SESSION,
    /** One or more meetings during the session. */
    SESSION_MEETING,
    /** An organised recess activity (QH-5, BL-15). */
    RECESS_ACTIVITY,
    /** A meeting the deputy was invited to attend (列席, DC-3.2). */
    INVITED_MEETING,
    /** A centralised training (QH-6.3). */
    TRAINING;

    /** Leave from the session or its meetings; the others are leave from a duty activity. */
    public boolean fromSession() {
        return this == WHOLE_SESSION || this == SESSION_MEETING;
    }
}
