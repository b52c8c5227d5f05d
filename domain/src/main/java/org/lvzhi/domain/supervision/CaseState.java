package org.lvzhi.domain.supervision;

/** A supervision case is opened by a rule and closed by a person. */
public enum CaseState {
    OPEN,
    CLOSED
}
