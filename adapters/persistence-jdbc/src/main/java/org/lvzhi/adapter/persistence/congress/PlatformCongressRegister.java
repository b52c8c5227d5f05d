package org.lvzhi.adapter.persistence.congress;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.lvzhi.application.congress.port.out.LoadCongressPort;
import org.lvzhi.application.congress.port.out.SaveCongressPort;
import org.lvzhi.application.identity.port.out.KnownCongressesPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.shared.Name;

/**
 * The one persistence component that works across congresses (DESIGN.md §2): it keeps the platform's
 * register of congresses on the platform role's connection.
 */
@Singleton
class PlatformCongressRegister implements LoadCongressPort, SaveCongressPort, KnownCongressesPort {

    private final PlatformCongressRepository congresses;

    PlatformCongressRegister(PlatformCongressRepository congresses) {
        this.congresses = congresses;
    }

    @Override
    public Optional<Congress> find(CongressId id) {
        return congresses.findById(id.value()).map(PlatformCongressRegister::toCongress);
    }

    @Override
    public boolean exists(CongressId congress) {
        return find(congress).isPresent();
    }

    @Override
    public Page<Congress> list(PageRequest page) {
        var found = congresses.findAll(Pageable.from(page.page(), page.size(), Sort.of(Sort.Order.asc("id"))));
        return Page.of(found.getContent().stream().map(PlatformCongressRegister::toCongress).toList(), page, found.getTotalSize());
    }

    @Override
    public void add(Congress congress) {
        congresses.save(new CongressRow(
                congress.id().value(), congress.name().value(), congress.level().name(),
                congress.parent().map(CongressId::value).orElse(null)));
    }

    @Override
    public void remove(CongressId congress) {
        congresses.deleteById(congress.value());
    }

    private static Congress toCongress(CongressRow row) {
        return new Congress(
                new CongressId(row.id()), new Name(row.name()), Level.valueOf(row.level()),
                Optional.ofNullable(row.parentId()).map(CongressId::new));
    }
}
