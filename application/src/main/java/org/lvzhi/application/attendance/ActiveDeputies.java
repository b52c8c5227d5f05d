package org.lvzhi.application.attendance;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyStatus;

/** The active deputies of a term, every page of them, in the register's order. */
@Singleton
class ActiveDeputies {

    private final LoadDeputyPort deputies;

    ActiveDeputies(LoadDeputyPort deputies) {
        this.deputies = deputies;
    }

    List<DeputyView> of(TermId term) {
        DeputySearch search = new DeputySearch(Optional.empty(), Optional.of(term), Optional.of(DeputyStatus.ACTIVE),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        List<DeputyView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<DeputyView> found = deputies.search(search, new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(found.items());
            if (found.items().size() < PageRequest.MAX_SIZE) {
                return all;
            }
        }
    }
}
