package org.lvzhi.application.congress.port.out;

import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;

public interface SaveCongressPort {

    /** Adds the congress; refuses an id already taken with an {@code InvariantViolation} on {@code id}. */
    void add(Congress congress);

    /** Takes back a congress just added whose founding could not be completed; nothing else refers to it yet. */
    void remove(CongressId congress);
}
