package org.lvzhi.domain.deadline;

/** OPEN while the clock runs; MET once the event that stops it happened (late or not). */
public enum DeadlineState {
    OPEN,
    MET
}
