package org.lvzhi.application.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.domain.calendar.DutyDate;
import org.lvzhi.domain.calendar.DutyKey;
import org.lvzhi.domain.calendar.DutySchedule;
import org.lvzhi.domain.congress.TermCalendar;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Sourced;

/** A congress's calendar duties under its profile in force on a day, with the terms TERM duties count by. */
record CalendarPlan(Map<DutyKey, Entry> duties, TermCalendar terms) {

    record Entry(PolicyRule rule, DutySchedule schedule) {
    }

    static CalendarPlan of(EffectiveProfile profile, TermCalendar terms) {
        Map<DutyKey, Entry> duties = new LinkedHashMap<>();
        for (PolicyRule rule : profile.rules().stream().map(Sourced::value).toList()) {
            if (rule.kind() != RuleKind.SCHEDULE || rule.schedule().isEmpty()) {
                continue;
            }
            DutySchedule.of(rule.schedule().get()).ifPresent(schedule ->
                    duties.putIfAbsent(new DutyKey(rule.rule(), schedule.duty().duty()), new Entry(rule, schedule)));
        }
        return new CalendarPlan(Map.copyOf(duties), terms);
    }

    Optional<Entry> entry(DutyKey key) {
        return Optional.ofNullable(duties.get(key));
    }

    /** Each duty's first day on or after {@code day}; a duty whose days have all passed is left out. */
    Map<DutyKey, DutyDate> firstOnOrAfter(LocalDate day) {
        Map<DutyKey, DutyDate> next = new LinkedHashMap<>();
        duties.forEach((key, entry) -> entry.schedule().firstOnOrAfter(day, terms).ifPresent(date -> next.put(key, date)));
        return next;
    }
}
