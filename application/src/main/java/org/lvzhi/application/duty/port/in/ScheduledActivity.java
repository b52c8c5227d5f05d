package org.lvzhi.application.duty.port.in;

import java.util.List;
import org.lvzhi.application.deadline.port.in.DeadlineClocks.StartedDeadline;
import org.lvzhi.domain.duty.DutyActivity;

/**
 * An activity as scheduled: the notice clocks its date started (QH-3.6, QH-8.2, DC-10.7) and a warning for each
 * whose due date had already passed when it was scheduled. An activity dated before today is recorded after the
 * fact: no clocks, no warnings.
 */
public record ScheduledActivity(DutyActivity activity, List<StartedDeadline> deadlines, List<NoticeWarning> warnings) {

    public ScheduledActivity {
        deadlines = List.copyOf(deadlines);
        warnings = List.copyOf(warnings);
    }

    /** A notice or materials due before today: the rule, the article it rests on, and what the organiser is told. */
    public record NoticeWarning(String rule, String article, String message) {
    }
}
