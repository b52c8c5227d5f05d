package org.lvzhi.application.congress.event;

import java.util.Optional;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;

/** A congress was founded on the platform, under its parent congress where it has one. */
public record CongressFounded(CongressId congressId, String name, Level level, Optional<CongressId> parentId) implements Event {

    @Override
    public String code() {
        return "congress.founded";
    }
}
