package org.lvzhi.application.deputy.event;

import org.lvzhi.application.event.Event;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;

/** A deputy was entered in the congress's register for a term. */
public record DeputyRegistered(DeputyId deputyId, String name, DeputyStatus status) implements Event {

    @Override
    public String code() {
        return "deputy.registered";
    }
}
