package org.lvzhi.application.calendar.event;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.application.event.Event;

/**
 * A calendar duty's day came: a reminder ahead of its due date or the due date itself ({@code when}), for one round of
 * several where it has rounds. The duty, who owes it and whom it goes to are the Chinese names the rule's codes stand for.
 */
public record CalendarDutyDue(String duty, String rule, String article, LocalDate dueOn, String when, Optional<String> round,
                              String owedBy, String submitTo) implements Event {

    @Override
    public String code() {
        return "calendar-duty.due";
    }
}
