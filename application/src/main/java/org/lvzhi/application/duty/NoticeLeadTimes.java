package org.lvzhi.application.duty;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.application.deadline.port.in.DeadlineClocks;
import org.lvzhi.application.deadline.port.in.DeadlineClocks.StartedDeadline;
import org.lvzhi.application.duty.port.in.NoticeRecorded;
import org.lvzhi.application.duty.port.in.ScheduledActivity;
import org.lvzhi.application.duty.port.in.ScheduledActivity.NoticeWarning;
import org.lvzhi.application.duty.port.out.ActivityNoticePort;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deadline.DeadlineSubject;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.shared.Messages;

/**
 * The notices an activity's date calls for (the profile's DEADLINE rules on ACTIVITY_DATE, direction BEFORE): written
 * notice 5 days before and materials 3 days before in Qinghai (QH-3.6, QH-8.2), notice and materials in advance in
 * Dongcheng (DC-10.7). Scheduling starts their clocks and warns of any already past; recording a notice sent stops the
 * activity's clocks once every notice is recorded (the clock contract stops by event, not by rule).
 */
@Singleton
class NoticeLeadTimes {

    static final String EVENT = "ACTIVITY_DATE";
    private static final Messages MESSAGES = Messages.of(NoticeLeadTimes.class);

    private final DeadlineClocks clocks;
    private final ActivityNoticePort notices;
    private final PolicyProfileQueries profiles;

    NoticeLeadTimes(DeadlineClocks clocks, ActivityNoticePort notices, PolicyProfileQueries profiles) {
        this.clocks = clocks;
        this.notices = notices;
        this.profiles = profiles;
    }

    /** Starts the activity's notice clocks; an activity held before today was not scheduled but recorded: none. */
    ScheduledActivity start(CongressId congress, DutyActivity activity, LocalDate today) {
        if (activity.date().isBefore(today)) {
            return new ScheduledActivity(activity, List.of(), List.of());
        }
        List<StartedDeadline> started = clocks.start(congress, EVENT, subject(activity), activity.date(), false);
        List<NoticeWarning> warnings = started.stream()
                .filter(deadline -> deadline.dueOn().isBefore(today))
                .map(deadline -> new NoticeWarning(deadline.rule(), deadline.article(), MESSAGES.text("notice.late",
                        deadline.article(), deadline.what(), deadline.dueOn(), activity.date())))
                .toList();
        return new ScheduledActivity(activity, started, warnings);
    }

    NoticeRecorded record(CongressId congress, DutyActivity activity, String rule, String recordedBy, LocalDate today) {
        List<String> required = noticeRules(congress, activity.date());
        String code = rule == null ? "" : rule.strip();
        if (!required.contains(code)) {
            throw MESSAGES.violation("rule", required.isEmpty() ? "notice.none-required" : "notice.rule-unknown", code,
                    String.join("、", required));
        }
        if (!notices.add(activity.id(), code, today, recordedBy)) {
            throw MESSAGES.violation("rule", "notice.already-recorded", code);
        }
        List<String> recorded = notices.recorded(activity.id());
        List<String> outstanding = required.stream().filter(r -> !recorded.contains(r)).toList();
        int stopped = clocks.stop(congress, EVENT, code, subject(activity), today);
        return new NoticeRecorded(code, today, outstanding, stopped);
    }

    /** The rules that require a notice before the activity, as the profile in force on its date has them. */
    private List<String> noticeRules(CongressId congress, LocalDate on) {
        return profiles.effectiveIn(congress, on).rules().stream().map(Sourced::value)
                .filter(rule -> rule.kind() == RuleKind.DEADLINE && isNotice(rule))
                .map(PolicyRule::rule).distinct().toList();
    }

    private static boolean isNotice(PolicyRule rule) {
        return rule.deadline().filter(d -> d.event().equals(EVENT) && d.direction().filter("BEFORE"::equals).isPresent())
                .isPresent();
    }

    static DeadlineSubject subject(DutyActivity activity) {
        return new DeadlineSubject("ACTIVITY", activity.id().toString(), activity.title(), activity.organiserUnit());
    }
}
