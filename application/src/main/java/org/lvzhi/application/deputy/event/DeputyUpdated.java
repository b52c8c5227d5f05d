package org.lvzhi.application.deputy.event;

import org.lvzhi.application.event.Event;
import org.lvzhi.domain.deputy.DeputyId;

/** A deputy's name, seat or contact was corrected in the register. */
public record DeputyUpdated(DeputyId deputyId, String name) implements Event {

    @Override
    public String code() {
        return "deputy.updated";
    }
}
