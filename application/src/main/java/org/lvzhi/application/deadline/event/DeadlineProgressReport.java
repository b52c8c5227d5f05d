package org.lvzhi.application.deadline.event;

import org.lvzhi.application.event.Event;

/** Complex matters whose handlers owe the deputies an explanation of their progress now. */
public record DeadlineProgressReport(AboutDeadlines deadlines) implements Event {

    @Override
    public String code() {
        return "deadline.progress-report";
    }
}
