package org.lvzhi.domain.attendance;

/** Leave is counted in half-days: a meeting takes the morning or the afternoon of its date. */
public enum HalfDay {
    MORNING,
    AFTERNOON
}
