package org.lvzhi.application.duty.port.in;

import java.util.List;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyRecord;

/** What registering an activity's attendance filed: a record per attendee, an absence per invitee who stayed away. */
public record AttendanceOutcome(List<DutyRecord> records, List<Absence> absences) {
}
