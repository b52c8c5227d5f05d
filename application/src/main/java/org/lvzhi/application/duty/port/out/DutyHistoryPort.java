package org.lvzhi.application.duty.port.out;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyRecord;

/** A deputy's records and absences over a range, read together: the archive and supervision need both. */
@FunctionalInterface
public interface DutyHistoryPort {

    /** Both ends inclusive, each list oldest first. */
    DutyHistory of(DeputyId deputy, LocalDate from, LocalDate to);

    record DutyHistory(List<DutyRecord> records, List<Absence> absences) {

        public DutyHistory {
            records = List.copyOf(records);
            absences = List.copyOf(absences);
        }
    }
}
