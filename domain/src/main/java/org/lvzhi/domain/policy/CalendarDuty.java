package org.lvzhi.domain.policy;

import java.util.List;
import java.util.Optional;

/** A duty the calendar brings: what is due, for whom ({@code owedBy}), how often and by when. */
public record CalendarDuty(
        String duty,
        String every,
        Optional<String> due,
        Optional<Integer> times,
        String owedBy,
        Optional<Audience> appliesTo,
        Optional<String> submitTo,
        List<String> reminders) {

    public CalendarDuty {
        due = Absent.orEmpty(due);
        times = Absent.orEmpty(times);
        appliesTo = Absent.orEmpty(appliesTo);
        submitTo = Absent.orEmpty(submitTo);
        reminders = Absent.orEmpty(reminders);
    }
}
