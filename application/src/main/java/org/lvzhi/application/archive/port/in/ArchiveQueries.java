package org.lvzhi.application.archive.port.in;

import java.time.LocalDate;
import java.util.Map;
import org.lvzhi.application.archive.port.out.ComplianceStanding;
import org.lvzhi.application.archive.port.out.StandingFilter;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.deputy.DeputyId;

public interface ArchiveQueries {

    /** The deputy's archive judged on the date; a deputy sees only their own. */
    DutyArchive archive(ActingCaller caller, DeputyId deputy, LocalDate on);

    /** The tenant's compliance overview from the latest evaluation, worst first. */
    Slice<ComplianceStanding> overview(ActingCaller caller, StandingFilter filter, KeysetRequest page);

    /** The overview's deputies counted by worst status (every status present, zero if none), the filter's units applied. */
    Map<QuotaStatus, Long> overviewCounts(ActingCaller caller, StandingFilter filter);
}
