package org.lvzhi.domain.policy;

/**
 * Among whom a deputy is ranked by points: every deputy of the congress, or those of their delegation (代表团), deputy
 * group (代表小组) or liaison station (联络站). A deputy outside any unit of the scope is not ranked in it.
 */
public enum RankScope {
    CONGRESS,
    DELEGATION,
    DEPUTY_GROUP,
    LIAISON_STATION
}
