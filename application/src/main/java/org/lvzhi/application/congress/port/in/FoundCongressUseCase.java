package org.lvzhi.application.congress.port.in;

import org.lvzhi.domain.congress.Congress;

/** A platform admin puts a new congress on the platform, under its parent congress if that is on it. */
public interface FoundCongressUseCase {

    Congress found(FoundCongressCommand command);
}
