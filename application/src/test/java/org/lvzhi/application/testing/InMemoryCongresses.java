package org.lvzhi.application.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.congress.port.out.LoadCongressPort;
import org.lvzhi.application.congress.port.out.SaveCongressPort;
import org.lvzhi.application.identity.port.out.KnownCongressesPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;

/** The platform's register of congresses: one register across all congresses, as the platform role keeps it. */
public final class InMemoryCongresses implements LoadCongressPort, SaveCongressPort, KnownCongressesPort {

    private final Map<CongressId, Congress> congresses = new LinkedHashMap<>();

    @Override
    public Optional<Congress> find(CongressId id) {
        return Optional.ofNullable(congresses.get(id));
    }

    @Override
    public boolean exists(CongressId congress) {
        return find(congress).isPresent();
    }

    @Override
    public Page<Congress> list(PageRequest page) {
        return Paging.page(congresses.values().stream().sorted(Comparator.comparing(c -> c.id().value())).toList(), page);
    }

    @Override
    public void add(Congress congress) {
        if (congresses.containsKey(congress.id())) {
            throw new IllegalStateException("primary key: congress " + congress.id() + " is already stored");
        }
        congress.parent().filter(parent -> !congresses.containsKey(parent)).ifPresent(parent -> {
            throw new IllegalStateException("foreign key: parent congress " + parent + " is not stored");
        });
        congresses.put(congress.id(), congress);
    }

    @Override
    public void remove(CongressId congress) {
        congresses.remove(congress);
    }

    /** Every congress on the platform, in the order added. */
    public List<Congress> stored() {
        return List.copyOf(congresses.values());
    }
}
