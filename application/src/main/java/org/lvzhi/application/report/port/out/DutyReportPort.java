package org.lvzhi.application.report.port.out;

import java.util.Optional;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.report.DutyReport;

/** The stored narratives and submissions, in the acting congress. */
public interface DutyReportPort {

    Optional<DutyReport> find(DeputyId deputy, int year);

    /** Stores the report, replacing the deputy's report of that year. */
    void save(DutyReport report);

    /** Active deputies whose term covers part of the year and who have no submitted report for it, by name. */
    Slice<OutstandingReport> outstanding(int year, KeysetRequest page);
}
