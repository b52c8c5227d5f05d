package org.lvzhi.domain.policy;

/** Over which span a quota or trigger counts: the calendar year, the deputy's term, or a rolling period. */
public enum WindowType {
    CALENDAR_YEAR,
    TERM,
    ROLLING
}
