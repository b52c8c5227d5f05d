package org.lvzhi.application.deadline.port.in;

import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.deadline.DeadlineId;

/**
 * Staff record that a calendar duty was done (DC-10.6's reception, DC-8.2's summary, a deputy's report to voters…):
 * its clock stops before it escalates. The annual duty report is done by the deputy's submission, not here.
 */
public interface CalendarDutyDone {

    DeadlineClock record(ActingCaller caller, DeadlineId clock);
}
