package org.lvzhi.application.archive;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.lvzhi.application.archive.port.out.ComplianceCountsPort;
import org.lvzhi.domain.compliance.Compliance;
import org.lvzhi.domain.compliance.ComplianceEvaluator;
import org.lvzhi.domain.compliance.TermCompliance;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.policy.EffectiveProfile;

/**
 * Judges every serving deputy of a term against the quotas: one counting plan for the term, answered by the
 * database for all deputies in one pass, each deputy judged by the domain. To be called inside a transaction.
 */
@Singleton
public class ComplianceRun {

    private final ComplianceCountsPort counts;

    ComplianceRun(ComplianceCountsPort counts) {
        this.counts = counts;
    }

    public void evaluate(EffectiveProfile profile, Term term, LocalDate on, BiConsumer<DeputyId, Compliance> perDeputy) {
        TermCompliance quotas = ComplianceEvaluator.forPlan(profile, term, on);
        counts.countAll(term.id(), quotas.plan(), on,
                counted -> perDeputy.accept(counted.deputy(), quotas.evaluate(counted.attributes(), counted.counts())));
    }
}
