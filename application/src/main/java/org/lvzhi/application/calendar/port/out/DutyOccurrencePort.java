package org.lvzhi.application.calendar.port.out;

import org.lvzhi.domain.calendar.DutyDate;
import org.lvzhi.domain.calendar.DutyKey;

/** The acting congress's calendar duties that came (due or reminded), each at most once. */
public interface DutyOccurrencePort {

    /** Records the occurrence; false when it was recorded before (the caller then sends nothing). */
    boolean record(DutyKey key, String article, DutyDate date, int recipients);
}
