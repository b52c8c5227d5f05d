package org.lvzhi.application.deadline.event;

import org.lvzhi.application.event.Event;

/** Clocks past their due date, escalated once to the office the rule names (the liaison office by default). */
public record DeadlineOverdue(AboutDeadlines deadlines) implements Event {

    @Override
    public String code() {
        return "deadline.overdue";
    }
}
