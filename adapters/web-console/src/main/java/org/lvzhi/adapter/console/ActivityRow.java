package org.lvzhi.adapter.console;

import org.lvzhi.domain.duty.DutyActivity;

/** A line of the activities list. */
public record ActivityRow(String id, String title, String type, String date, String place, int invited) {

    static ActivityRow of(DutyActivity activity, String typeName) {
        return new ActivityRow(activity.id().value().toString(), activity.title(), typeName, ConsoleText.date(activity.date()),
                activity.place().orElse(""), activity.invited().size());
    }
}
