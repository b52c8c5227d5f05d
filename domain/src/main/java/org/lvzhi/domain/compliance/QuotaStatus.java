package org.lvzhi.domain.compliance;

/**
 * How a deputy stands against one quota on a date, from best to worst (see {@link ComplianceEvaluator} for the
 * exact definition): MET the minimum is reached; ON_TRACK not yet, but keeping pace; AT_RISK at least one whole
 * record behind the pro-rata pace; BEHIND the window is over, or too little of it is left to count on.
 */
public enum QuotaStatus {
    MET,
    ON_TRACK,
    AT_RISK,
    BEHIND;

    QuotaStatus worse(QuotaStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
