package org.lvzhi.domain.duty;

/** Who registered a duty record: the organiser of the activity ("whoever organises registers") or the deputy. */
public enum RecordSource {
    ORGANISER,
    SELF
}
