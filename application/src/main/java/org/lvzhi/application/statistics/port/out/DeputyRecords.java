package org.lvzhi.application.statistics.port.out;

import java.util.List;
import java.util.UUID;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.duty.DutyRecord;

/** A deputy serving in the year, with their term and their records dated in the year: what points are scored from. */
public record DeputyRecords(UUID deputy, String name, Term term, List<DutyRecord> records) {

    public DeputyRecords {
        records = List.copyOf(records);
    }
}
