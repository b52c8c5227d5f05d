package org.lvzhi.application.calendar;

import jakarta.inject.Singleton;
import java.util.List;
import org.lvzhi.application.congress.port.in.CongressQueries;
import org.lvzhi.application.shared.Page;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;

/** Every congress on the platform, every page of the register. */
@Singleton
class CongressDirectory {

    private final CongressQueries congresses;

    CongressDirectory(CongressQueries congresses) {
        this.congresses = congresses;
    }

    List<CongressId> all() {
        return Page.all(congresses::all).stream().map(Congress::id).toList();
    }
}
