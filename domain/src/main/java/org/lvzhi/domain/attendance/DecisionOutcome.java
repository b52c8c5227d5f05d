package org.lvzhi.domain.attendance;

/**
 * A step's outcome: every action a chain names (approve, agree, sign, forward, submit) passes the request on;
 * a refusal ends it.
 */
public enum DecisionOutcome {
    PASS,
    REFUSE
}
