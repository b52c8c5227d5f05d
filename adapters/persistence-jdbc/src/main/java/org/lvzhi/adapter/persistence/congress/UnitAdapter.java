package org.lvzhi.adapter.persistence.congress;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.lvzhi.application.congress.port.out.LoadUnitPort;
import org.lvzhi.application.congress.port.out.SaveUnitPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.shared.Name;

@Singleton
class UnitAdapter implements LoadUnitPort, SaveUnitPort {

    private final UnitRepository units;

    UnitAdapter(UnitRepository units) {
        this.units = units;
    }

    @Override
    public Optional<OrganisationUnit> find(UnitId id) {
        return units.findById(id.value()).map(UnitAdapter::toUnit);
    }

    @Override
    public Page<OrganisationUnit> list(UnitKind kind, PageRequest page) {
        var found = units.findByKind(kind.name(), Pageable.from(page.page(), page.size(), Sort.of(Sort.Order.asc("name"), Sort.Order.asc("id"))));
        return Page.of(found.getContent().stream().map(UnitAdapter::toUnit).toList(), page, found.getTotalSize());
    }

    @Override
    public void add(OrganisationUnit unit) {
        units.save(toRow(unit));
    }

    @Override
    public void update(OrganisationUnit unit) {
        units.update(toRow(unit));
    }

    private static UnitRow toRow(OrganisationUnit unit) {
        return new UnitRow(unit.id().value(), unit.kind().name(), unit.name().value(), unit.address().orElse(null));
    }

    private static OrganisationUnit toUnit(UnitRow row) {
        return new OrganisationUnit(
                new UnitId(row.id()), UnitKind.valueOf(row.kind()), new Name(row.name()), Optional.ofNullable(row.address()));
    }
}
