package org.lvzhi.domain.suggestion;

/** The deputy's verdict on a reply (HN-6) and on a unit's attitude and handling (JD-19). */
public enum Feedback {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED
}
