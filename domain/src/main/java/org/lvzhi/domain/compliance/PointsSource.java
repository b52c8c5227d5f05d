package org.lvzhi.domain.compliance;

/** What a line of a points breakdown rests on. */
public enum PointsSource {
    /** The scheme's base points for the window, owed to every deputy with no record at all. */
    BASE,
    /** A confirmed duty record. */
    RECORD,
    /** An absence, on approved leave or not. */
    ABSENCE,
    /** What brings an entry's points in a window back to its maximum or minimum. */
    ENTRY_LIMIT,
    /** What brings the total back to the scheme's overall cap. */
    TOTAL_CAP
}
