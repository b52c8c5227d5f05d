package org.lvzhi.adapter.web.testing;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.congress.port.in.UnitCommand;
import org.lvzhi.application.congress.port.in.UnitUseCases;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;

/** The register of units, per congress, in memory; it can be told to fail its next call as a use case may. */
@Singleton
@Replaces(UnitUseCases.class)
public class FakeUnits implements UnitUseCases {

    private final Map<CongressId, List<OrganisationUnit>> units = new HashMap<>();
    private RuntimeException nextFailure;

    public synchronized void clear() {
        units.clear();
        nextFailure = null;
    }

    public synchronized void failNextWith(RuntimeException failure) {
        nextFailure = failure;
    }

    public synchronized List<OrganisationUnit> of(CongressId congress) {
        return List.copyOf(units.getOrDefault(congress, List.of()));
    }

    @Override
    public synchronized OrganisationUnit create(CongressId congress, UnitKind kind, UnitCommand command) {
        failIfTold();
        OrganisationUnit unit = new OrganisationUnit(UnitId.random(), kind, command.name(), command.address());
        units.computeIfAbsent(congress, c -> new ArrayList<>()).add(unit);
        return unit;
    }

    @Override
    public synchronized OrganisationUnit update(CongressId congress, UnitKind kind, UnitId id, UnitCommand command) {
        OrganisationUnit renamed = find(congress, kind, id).rename(command.name(), command.address());
        units.get(congress).replaceAll(unit -> unit.id().equals(id) ? renamed : unit);
        return renamed;
    }

    @Override
    public synchronized OrganisationUnit find(CongressId congress, UnitKind kind, UnitId id) {
        failIfTold();
        return stream(congress, kind).filter(unit -> unit.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound(kind.name(), id));
    }

    @Override
    public synchronized Page<OrganisationUnit> list(CongressId congress, UnitKind kind, PageRequest page) {
        failIfTold();
        List<OrganisationUnit> all = stream(congress, kind).sorted(Comparator.comparing(unit -> unit.name().value())).toList();
        List<OrganisationUnit> items = all.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(items, page.page(), page.size(), all.size());
    }

    private java.util.stream.Stream<OrganisationUnit> stream(CongressId congress, UnitKind kind) {
        return units.getOrDefault(congress, List.of()).stream().filter(unit -> unit.kind() == kind);
    }

    private void failIfTold() {
        Optional<RuntimeException> failure = Optional.ofNullable(nextFailure);
        nextFailure = null;
        if (failure.isPresent()) {
            throw failure.get();
        }
    }
}
