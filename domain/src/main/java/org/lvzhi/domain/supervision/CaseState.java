package org.lvzhi.domain.supervision;

/**
 * A supervision case is opened by a rule and closed by a person, or WITHDRAWN by the platform when, judged again after a
 * fact changed, its rule no longer fires: both are final.
 */
public enum CaseState {
    OPEN,
    CLOSED,
    WITHDRAWN
}
