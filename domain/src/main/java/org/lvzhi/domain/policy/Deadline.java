package org.lvzhi.domain.policy;

import java.util.List;
import java.util.Optional;

/** A period after (or before) a named event, with the longer period for complex matters and reminders. */
public record Deadline(
        String event,
        Optional<String> direction,
        String period,
        Optional<String> complexPeriod,
        Optional<String> progressReportAfter,
        Optional<String> what,
        List<String> reminders,
        Optional<RestDayRule> restDayRule,
        Optional<String> responsible,
        Optional<String> escalateTo) {

    public Deadline {
        direction = Absent.orEmpty(direction);
        complexPeriod = Absent.orEmpty(complexPeriod);
        progressReportAfter = Absent.orEmpty(progressReportAfter);
        what = Absent.orEmpty(what);
        reminders = Absent.orEmpty(reminders);
        restDayRule = Absent.orEmpty(restDayRule);
        responsible = Absent.orEmpty(responsible);
        escalateTo = Absent.orEmpty(escalateTo);
    }
}
