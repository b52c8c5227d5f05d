package org.lvzhi.application.attendance.port.out;

import java.util.List;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.congress.TermId;

/** When the term's sessions sat: each from its opening to its closing day, what "at the session" rules look at. */
@FunctionalInterface
public interface LoadSessionPeriodsPort {

    List<DateRange> periodsOf(TermId term);
}
