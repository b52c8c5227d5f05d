package org.lvzhi.application.duty.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.supervision.ConfirmedRecords;
import org.lvzhi.domain.supervision.SupervisionPlan;

/**
 * What supervision judges deputies on, read for many at once: of their confirmed records only those a
 * {@link SupervisionPlan} keeps (the latest of each of its types in each of its ranges, aggregated by the database),
 * and their absences over the range.
 */
@FunctionalInterface
public interface SupervisionHistoryPort {

    /** Each deputy's history, both ends inclusive, absences oldest first; one read for all of them. */
    Map<DeputyId, SupervisionHistory> of(Collection<DeputyId> deputies, SupervisionPlan plan, LocalDate from, LocalDate to);

    record SupervisionHistory(ConfirmedRecords records, List<Absence> absences) {

        public SupervisionHistory {
            absences = List.copyOf(absences);
        }
    }
}
