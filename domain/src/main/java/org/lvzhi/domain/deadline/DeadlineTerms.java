package org.lvzhi.domain.deadline;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.policy.Deadline;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.RestDayRule;

/**
 * A DEADLINE rule of the effective profile read for one clock: which period applies (the longer one when the matter is
 * complex), the reminder offsets before the due date, the progress explanation (complex matters only) and the rest-day
 * rule (the rule's own, else the profile's).
 */
public record DeadlineTerms(String rule, String article, String event, Direction direction, Period period,
        Optional<Period> progressReportAfter, List<Period> reminders, RestDayRule restDays, String what,
        Optional<String> responsible, Optional<String> escalateTo) {

    public DeadlineTerms {
        reminders = List.copyOf(reminders);
    }

    public static DeadlineTerms of(PolicyRule rule, boolean complex, RestDayRule profileRestDays) {
        Deadline deadline = rule.deadline().orElseThrow(() -> new IllegalArgumentException(rule.rule() + " has no deadline"));
        Period period = Period.parse(complex ? deadline.complexPeriod().orElse(deadline.period()) : deadline.period());
        Optional<Period> progress = complex && deadline.complexPeriod().isPresent()
                ? deadline.progressReportAfter().map(Period::parse) : Optional.empty();
        return new DeadlineTerms(rule.rule(), rule.article(), deadline.event(),
                deadline.direction().map(Direction::valueOf).orElse(Direction.AFTER), period, progress,
                deadline.reminders().stream().map(Period::parse).toList(),
                deadline.restDayRule().orElse(profileRestDays), deadline.what().orElse(rule.summary()),
                deadline.responsible(), deadline.escalateTo());
    }
}
