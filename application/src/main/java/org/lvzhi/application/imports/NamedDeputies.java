package org.lvzhi.application.imports;

import java.util.List;
import java.util.Optional;
import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.TermId;

/**
 * The deputies a row names by name: those whose name is exactly the one given (the register's search matches any
 * part of a name), optionally only in one term; read from the first page of the search.
 */
final class NamedDeputies {

    private NamedDeputies() {
    }

    static List<DeputyView> named(LoadDeputyPort deputies, String name, Optional<TermId> term) {
        DeputySearch search = new DeputySearch(Optional.of(name), term, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        return deputies.search(search, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(v -> v.person().name().value().equals(name))
                .toList();
    }
}
