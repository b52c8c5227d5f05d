package org.lvzhi.domain.policy;

import java.util.Optional;

/**
 * One rule of a profile: its id in the rule catalogue (tenants-config, rule-catalogue.yml), the article it rests on, and the block its kind needs.
 * Several entries may share an id (one article, several clauses).
 */
public record PolicyRule(
        String rule,
        String article,
        RuleKind kind,
        String summary,
        Optional<Enforcement> enforcement,
        Optional<String> reason,
        Optional<Quota> quota,
        Optional<Deadline> deadline,
        Optional<LeaveApproval> approval,
        Optional<LeaveReasons> leaveReasons,
        Optional<Supervision> supervision,
        Optional<CalendarDuty> schedule,
        Optional<Screening> screening,
        Optional<Threshold> threshold) {

    public PolicyRule {
        enforcement = Absent.orEmpty(enforcement);
        reason = Absent.orEmpty(reason);
        quota = Absent.orEmpty(quota);
        deadline = Absent.orEmpty(deadline);
        approval = Absent.orEmpty(approval);
        leaveReasons = Absent.orEmpty(leaveReasons);
        supervision = Absent.orEmpty(supervision);
        schedule = Absent.orEmpty(schedule);
        screening = Absent.orEmpty(screening);
        threshold = Absent.orEmpty(threshold);
    }

    public Enforcement enforcedAs() {
        return enforcement.orElse(Enforcement.ENFORCED);
    }
}
