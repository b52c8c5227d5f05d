package org.lvzhi.adapter.web.testing;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.congress.port.out.LoadCongressPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;

/** The register of congresses the acting-congress resolver asks a platform admin's pick of: empty here. */
@Singleton
class NoCongresses implements LoadCongressPort {

    @Override
    public Optional<Congress> find(CongressId id) {
        return Optional.empty();
    }

    @Override
    public Page<Congress> list(PageRequest page) {
        return new Page<>(List.of(), page.page(), page.size(), 0);
    }
}
