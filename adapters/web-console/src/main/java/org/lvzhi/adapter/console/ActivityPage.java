package org.lvzhi.adapter.console;

import java.util.List;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.duty.DutyActivity;

/** A duty activity as its page shows it: what, when and where, its invitees, and the notice clocks its date started. */
public record ActivityPage(String id, String title, String type, String date, String place, String organisedBy,
                           List<Invitee> invitees, List<Notice> notices) {

    public record Invitee(String id, String name) {
    }

    /** A notice or materials a rule requires before the activity: sent (on a date), or still due by a date. */
    public record Notice(String rule, String article, String what, boolean sent, String state) {

        static Notice of(DeadlineClock clock) {
            return new Notice(clock.rule(), clock.article(), clock.what(), clock.metOn().isPresent(), clock.metOn()
                    .map(on -> ConsoleText.text("notice.sent", ConsoleText.date(on)))
                    .orElse(ConsoleText.text("notice.due", ConsoleText.date(clock.dueOn()))));
        }
    }

    static ActivityPage of(DutyActivity activity, String typeName, List<Invitee> invitees, List<DeadlineClock> clocks) {
        return new ActivityPage(activity.id().value().toString(), activity.title(), typeName, ConsoleText.date(activity.date()),
                activity.place().orElse(""), activity.organisedBy(), invitees, clocks.stream().map(Notice::of).toList());
    }
}
