package org.lvzhi.application.duty.port.in;

/** The reviewer's verdict on a self-registered record. */
public enum ReviewDecision {
    CONFIRM,
    REJECT
}
