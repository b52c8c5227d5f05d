package org.lvzhi.application.duty.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyRecord;

/** Deputies' records and absences over a range, read together: the archive and supervision need both. */
@FunctionalInterface
public interface DutyHistoryPort {

    /** Each deputy's history, both ends inclusive, each list oldest first; one read for all of them. */
    Map<DeputyId, DutyHistory> of(Collection<DeputyId> deputies, LocalDate from, LocalDate to);

    default DutyHistory of(DeputyId deputy, LocalDate from, LocalDate to) {
        return of(List.of(deputy), from, to).get(deputy);
    }

    record DutyHistory(List<DutyRecord> records, List<Absence> absences) {

        public DutyHistory {
            records = List.copyOf(records);
            absences = List.copyOf(absences);
        }
    }
}
