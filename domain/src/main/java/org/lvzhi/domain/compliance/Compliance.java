package org.lvzhi.domain.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A deputy's standing against every quota that applies to them, on one date. */
public record Compliance(LocalDate on, List<QuotaVerdict> quotas) {

    public Compliance {
        quotas = List.copyOf(quotas);
    }

    /** All verdicts of one rule id: a rule may hold several quotas (QH-7.3 counts visits and distinct contacts). */
    public List<QuotaVerdict> verdictsFor(String rule) {
        return quotas.stream().filter(v -> v.rule().equals(rule)).toList();
    }

    /** The worst status among the rule's quotas, or empty when none of them applies to the deputy. */
    public Optional<QuotaStatus> status(String rule) {
        return verdictsFor(rule).stream().map(QuotaVerdict::status).reduce(QuotaStatus::worse);
    }

    /** The worst status of all the deputy's quotas (MET when none applies): what the overview sorts and filters by. */
    public QuotaStatus worst() {
        return quotas.stream().map(QuotaVerdict::status).reduce(QuotaStatus::worse).orElse(QuotaStatus.MET);
    }
}
