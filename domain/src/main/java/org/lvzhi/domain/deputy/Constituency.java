package org.lvzhi.domain.deputy;

/** Who elected the deputy: a lower congress (indirect election) or the voters of a district (direct). */
public enum Constituency {
    /** 原选举单位 */
    ELECTING_UNIT,
    /** 原选区 */
    DISTRICT
}
