package org.lvzhi.application.archive.port.out;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.lvzhi.domain.compliance.CountingPlan;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.compliance.TallyCounts;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;

/**
 * Counts for every serving deputy of a term at once, done by the database (records per deputy × type × window),
 * with what the quotas' audiences look at; the verdicts stay in the domain.
 */
public interface ComplianceCountsPort {

    void countAll(TermId term, CountingPlan plan, LocalDate on, Consumer<CountedDeputy> perDeputy);

    /** One deputy's answers to the plan's tallies. */
    record CountedDeputy(DeputyId deputy, DeputyAttributes attributes, TallyCounts counts) {
    }
}
