package org.lvzhi.application.archive.port.out;

import java.util.Map;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.compliance.Compliance;
import org.lvzhi.domain.deputy.DeputyId;

/** The latest quota evaluation of each deputy, kept for the tenant's overview. */
public interface ComplianceStandingPort {

    /** Replaces each deputy's standing with the one given. */
    void saveAll(Map<DeputyId, Compliance> standings);

    /** Worst first, then by name and deputy: a keyset page. */
    Slice<ComplianceStanding> list(StandingFilter filter, KeysetRequest page);

    /** How many standings each worst status has, the filter's units applied (not its status): one grouped count. */
    Map<QuotaStatus, Long> countsByStatus(StandingFilter filter);
}
