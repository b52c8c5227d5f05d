package org.lvzhi.domain.policy;

/** ENFORCED: the platform checks, counts or schedules the rule. RECORD_ONLY: it can only keep the facts. */
public enum Enforcement {
    ENFORCED,
    RECORD_ONLY
}
