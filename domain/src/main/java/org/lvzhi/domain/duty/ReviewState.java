package org.lvzhi.domain.duty;

/** Organiser-registered records are confirmed at once; self-registered ones wait for review. */
public enum ReviewState {
    PENDING,
    CONFIRMED,
    REJECTED
}
