package org.lvzhi.application.archive.port.in;

import java.time.LocalDate;
import org.lvzhi.application.archive.port.out.ComplianceStanding;
import org.lvzhi.application.archive.port.out.StandingFilter;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.deputy.DeputyId;

public interface ArchiveQueries {

    /** The deputy's archive judged on the date; a deputy sees only their own. */
    DutyArchive archive(ActingCaller caller, DeputyId deputy, LocalDate on);

    /** The tenant's compliance overview from the latest evaluation, worst first. */
    Page<ComplianceStanding> overview(ActingCaller caller, StandingFilter filter, PageRequest page);
}
