package org.lvzhi.application.deadline.event;

import org.lvzhi.application.event.Event;

/** Clocks coming due: a reminder to whoever the rule makes responsible. */
public record DeadlineReminder(AboutDeadlines deadlines) implements Event {

    @Override
    public String code() {
        return "deadline.reminder";
    }
}
