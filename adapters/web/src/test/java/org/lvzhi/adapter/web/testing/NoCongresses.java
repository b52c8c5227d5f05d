package org.lvzhi.adapter.web.testing;

import jakarta.inject.Singleton;
import org.lvzhi.application.identity.port.out.KnownCongressesPort;
import org.lvzhi.domain.congress.CongressId;

/** The register of congresses the acting-congress resolver asks a platform admin's pick of: empty here. */
@Singleton
class NoCongresses implements KnownCongressesPort {

    @Override
    public boolean exists(CongressId congress) {
        return false;
    }
}
