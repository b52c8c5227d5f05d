package org.lvzhi.domain.congress;

/** The kinds of organisation unit a congress keeps in its register (GLOSSARY.md). */
public enum UnitKind {
    /** 代表团: the session-time grouping of deputies. */
    DELEGATION,
    /** 代表小组: the recess-time grouping, with a leader and a deputy leader. */
    DEPUTY_GROUP,
    /** 代表联络站 / 代表之家: where deputies receive the public. */
    LIAISON_STATION,
    /** 承办单位: a government or other unit that handles suggestions. */
    HANDLING_UNIT,
    /** 人大街工委 / 镇人大: organises and registers deputies' activities in a sub-district. */
    WORK_COMMITTEE
}
