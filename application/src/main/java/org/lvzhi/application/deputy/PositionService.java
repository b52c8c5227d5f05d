package org.lvzhi.application.deputy;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.congress.port.out.LoadUnitPort;
import org.lvzhi.application.deputy.event.PositionAssigned;
import org.lvzhi.application.deputy.port.in.AssignPositionCommand;
import org.lvzhi.application.deputy.port.in.PositionUseCases;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.deputy.port.out.PersonPort;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.deputy.port.out.PositionView;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.shared.Messages;

@Singleton
class PositionService implements PositionUseCases {

    private static final Messages MESSAGES = Messages.of(PositionService.class);

    private final TransactionPort transactions;
    private final PositionPort positions;
    private final LoadDeputyPort deputies;
    private final LoadUnitPort units;
    private final PersonPort persons;
    private final PersonDirectory personDirectory;
    private final NotificationPort notifications;

    PositionService(
            TransactionPort transactions,
            PositionPort positions,
            LoadDeputyPort deputies,
            LoadUnitPort units,
            PersonPort persons,
            PersonDirectory personDirectory,
            NotificationPort notifications) {
        this.transactions = transactions;
        this.positions = positions;
        this.deputies = deputies;
        this.units = units;
        this.persons = persons;
        this.personDirectory = personDirectory;
        this.notifications = notifications;
    }

    @Override
    public PositionView assign(CongressId congress, AssignPositionCommand command) {
        return transactions.inCongress(congress, () -> {
            Optional<OrganisationUnit> unit = command.unit().map(id -> units.find(id)
                    .orElseThrow(() -> MESSAGES.violation("unitId", "unit.unknown-any", id)));
            PersonId holder = command.deputy()
                    .map(id -> deputies.find(id)
                            .orElseThrow(() -> MESSAGES.violation("deputyId", "deputy.unknown", id))
                            .person().id())
                    .orElseGet(() -> personDirectory.personFor(command.name().orElseThrow(), command.login()));
            PositionAssignment assignment = PositionAssignment.assign(
                    command.position(), holder, unit, command.from(), command.until());
            positions.add(assignment);
            PositionView assigned = new PositionView(assignment, persons.find(holder).orElseThrow());
            notifications.send(Notification.of(congress, new PositionAssigned(assignment.id(), assignment.position(),
                    assigned.holder().name().value(), assignment.unit(), assignment.from(), assignment.until()), List.of()));
            return assigned;
        });
    }

    @Override
    public Page<PositionView> list(CongressId congress, PageRequest page) {
        return transactions.readInCongress(congress, () -> positions.list(page));
    }
}
