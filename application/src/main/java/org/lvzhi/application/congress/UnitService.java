package org.lvzhi.application.congress;

import jakarta.inject.Singleton;
import java.util.List;
import org.lvzhi.application.congress.event.OrganisationUnitChanged;
import org.lvzhi.application.congress.event.OrganisationUnitCreated;
import org.lvzhi.application.congress.port.in.UnitCommand;
import org.lvzhi.application.congress.port.in.UnitUseCases;
import org.lvzhi.application.congress.port.out.LoadUnitPort;
import org.lvzhi.application.congress.port.out.SaveUnitPort;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;

@Singleton
class UnitService implements UnitUseCases {

    private final TransactionPort transactions;
    private final LoadUnitPort loadUnit;
    private final SaveUnitPort saveUnit;
    private final NotificationPort notifications;

    UnitService(TransactionPort transactions, LoadUnitPort loadUnit, SaveUnitPort saveUnit, NotificationPort notifications) {
        this.transactions = transactions;
        this.loadUnit = loadUnit;
        this.saveUnit = saveUnit;
        this.notifications = notifications;
    }

    @Override
    public OrganisationUnit create(CongressId congress, UnitKind kind, UnitCommand command) {
        OrganisationUnit unit = new OrganisationUnit(UnitId.random(), kind, command.name(), command.address());
        return transactions.inCongress(congress, () -> {
            saveUnit.add(unit);
            notifications.send(Notification.of(congress, new OrganisationUnitCreated(unit.id(), unit.kind(), unit.name().value()),
                    List.of()));
            return unit;
        });
    }

    @Override
    public OrganisationUnit update(CongressId congress, UnitKind kind, UnitId id, UnitCommand command) {
        return transactions.inCongress(congress, () -> {
            OrganisationUnit updated = existing(kind, id).rename(command.name(), command.address());
            saveUnit.update(updated);
            notifications.send(Notification.of(congress, new OrganisationUnitChanged(updated.id(), updated.kind(),
                    updated.name().value()), List.of()));
            return updated;
        });
    }

    @Override
    public OrganisationUnit find(CongressId congress, UnitKind kind, UnitId id) {
        return transactions.readInCongress(congress, () -> existing(kind, id));
    }

    @Override
    public Page<OrganisationUnit> list(CongressId congress, UnitKind kind, PageRequest page) {
        return transactions.readInCongress(congress, () -> loadUnit.list(kind, page));
    }

    private OrganisationUnit existing(UnitKind kind, UnitId id) {
        return loadUnit.find(id).filter(u -> u.kind() == kind).orElseThrow(() -> new NotFound(kind.name(), id));
    }
}
