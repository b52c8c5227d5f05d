package org.lvzhi.application.policy.port.out;

import org.lvzhi.domain.congress.CongressId;

/**
 * Told after a profile version is committed (never inside its transaction): what depends on the profile, such
 * as the calendar duties' triggers, is brought in line. A failing observer does not undo the save.
 */
public interface ProfileObserver {

    void saved(CongressId owner);
}
