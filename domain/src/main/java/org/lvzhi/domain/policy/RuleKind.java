package org.lvzhi.domain.policy;

public enum RuleKind {
    QUOTA,
    DEADLINE,
    APPROVAL,
    LEAVE_REASONS,
    SUPERVISION,
    SCHEDULE,
    SCREENING,
    THRESHOLD,
    RECORD,
    CONDUCT
}
