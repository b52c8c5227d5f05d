package org.lvzhi.application.congress.port.out;

import org.lvzhi.domain.congress.Congress;

public interface SaveCongressPort {

    /** Adds the congress; refuses an id already taken with an {@code InvariantViolation} on {@code id}. */
    void add(Congress congress);
}
