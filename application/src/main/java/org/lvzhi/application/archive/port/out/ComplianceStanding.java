package org.lvzhi.application.archive.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.deputy.DeputyId;

/** A line of the overview: a deputy, the date last evaluated, the worst quota status and each quota's standing. */
public record ComplianceStanding(DeputyId deputy, String name, LocalDate evaluatedOn, QuotaStatus worst, List<QuotaLine> quotas) {

    public ComplianceStanding {
        quotas = List.copyOf(quotas);
    }

    /** One quota as the overview keeps it. */
    public record QuotaLine(String rule, String article, BigDecimal count, int minimum, QuotaStatus status) {
    }
}
