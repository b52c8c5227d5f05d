package org.lvzhi.application.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.congress.port.out.LoadUnitPort;
import org.lvzhi.application.congress.port.out.SaveUnitPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;

/** The organisation units of each congress; a congress sees only its own. Lists are ordered by name. */
public final class InMemoryUnits implements LoadUnitPort, SaveUnitPort {

    private final InMemoryTransactions transactions;
    private final TenantTable<UnitId, OrganisationUnit> units;

    public InMemoryUnits(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.units = new TenantTable<>("organisation unit", transactions);
    }

    @Override
    public Optional<OrganisationUnit> find(UnitId id) {
        return units.find(id);
    }

    @Override
    public Page<OrganisationUnit> list(UnitKind kind, PageRequest page) {
        return Paging.page(units.visible()
                .filter(u -> u.kind() == kind)
                .sorted(Comparator.comparing(u -> u.name().value()))
                .toList(), page);
    }

    @Override
    public void add(OrganisationUnit unit) {
        units.insert(unit.id(), unit);
    }

    @Override
    public void update(OrganisationUnit unit) {
        units.update(unit.id(), unit);
    }

    /** Stores the unit in the congress as test set-up. */
    public OrganisationUnit seed(CongressId congress, OrganisationUnit unit) {
        transactions.setUp(congress, () -> add(unit));
        return unit;
    }

    /** Every unit stored for the congress. */
    public List<OrganisationUnit> stored(CongressId congress) {
        return units.stored(congress);
    }
}
