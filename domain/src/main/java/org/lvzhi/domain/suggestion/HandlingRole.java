package org.lvzhi.domain.suggestion;

/** 主办 (the lead unit, which answers) or 协办 (a co-handling unit). */
public enum HandlingRole {
    LEAD,
    CO
}
