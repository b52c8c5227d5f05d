package org.lvzhi.domain.compliance;

import java.time.LocalDate;
import org.lvzhi.domain.duty.DutyRecordId;

/** The points one record scored; a record beyond its type's cap scores 0 and says so. */
public record PointsLine(DutyRecordId record, String type, LocalDate date, int points, boolean capped) {
}
