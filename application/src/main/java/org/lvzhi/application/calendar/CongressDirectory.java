package org.lvzhi.application.calendar;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.lvzhi.application.congress.port.in.CongressQueries;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
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
        List<CongressId> all = new ArrayList<>();
        for (int number = 0; ; number++) {
            Page<Congress> page = congresses.all(new PageRequest(number, PageRequest.MAX_SIZE));
            page.items().forEach(congress -> all.add(congress.id()));
            if ((long) (number + 1) * PageRequest.MAX_SIZE >= page.total()) {
                return all;
            }
        }
    }
}
