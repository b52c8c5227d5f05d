package org.lvzhi.application.deputy.event;

import org.lvzhi.application.event.Event;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;

/** A deputy's status moved ({@code from} to {@code status}), for the reason given. */
public record DeputyStatusChanged(DeputyId deputyId, String name, DeputyStatus status, DeputyStatus from, String reason)
        implements Event {

    @Override
    public String code() {
        return "deputy.status-changed";
    }
}
