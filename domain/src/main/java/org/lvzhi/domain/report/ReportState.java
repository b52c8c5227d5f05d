package org.lvzhi.domain.report;

/** Where a deputy's annual duty report stands: the narrative is being written, or it has been handed in. */
public enum ReportState {
    DRAFT,
    SUBMITTED
}
