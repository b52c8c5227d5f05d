package org.lvzhi.application.identity.port.out;

import org.lvzhi.domain.congress.CongressId;

/**
 * Whether a congress is on the platform's register, for a platform admin naming one. Identity's own port, so identity
 * does not reach into the congress context, which itself grants its first admin through identity.
 */
public interface KnownCongressesPort {

    boolean exists(CongressId congress);
}
