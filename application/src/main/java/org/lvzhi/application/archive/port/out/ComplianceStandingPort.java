package org.lvzhi.application.archive.port.out;

import java.util.Map;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.compliance.Compliance;
import org.lvzhi.domain.deputy.DeputyId;

/** The latest quota evaluation of each deputy, kept for the tenant's overview. */
public interface ComplianceStandingPort {

    /** Replaces each deputy's standing with the one given. */
    void saveAll(Map<DeputyId, Compliance> standings);

    Page<ComplianceStanding> list(StandingFilter filter, PageRequest page);
}
