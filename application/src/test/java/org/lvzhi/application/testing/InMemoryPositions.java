package org.lvzhi.application.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import org.lvzhi.application.deputy.port.out.PositionView;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.deputy.PositionAssignmentId;

/** The offices held in each congress, listed by position and start date with their holders. */
public final class InMemoryPositions implements PositionPort {

    private final InMemoryUnits units;
    private final InMemoryPersons persons;
    private final TenantTable<PositionAssignmentId, PositionAssignment> assignments;

    public InMemoryPositions(InMemoryTransactions transactions, InMemoryUnits units, InMemoryPersons persons) {
        this.units = units;
        this.persons = persons;
        this.assignments = new TenantTable<>("position assignment", transactions);
        persons.reachedThrough(() -> assignments.visible().map(PositionAssignment::holder));
    }

    @Override
    public void add(PositionAssignment assignment) {
        if (!persons.exists(assignment.holder())) {
            throw new IllegalStateException("foreign key: no person " + assignment.holder());
        }
        assignment.unit().filter(unit -> units.find(unit).isEmpty()).ifPresent(unit -> {
            throw new IllegalStateException("foreign key: no unit " + unit + " in the acting congress");
        });
        assignments.insert(assignment.id(), assignment);
    }

    @Override
    public Page<PositionView> list(PageRequest page) {
        return Paging.page(assignments.visible()
                .sorted(Comparator.comparing((PositionAssignment a) -> a.position().name()).thenComparing(PositionAssignment::from))
                .map(a -> new PositionView(a, persons.find(a.holder()).orElseThrow()))
                .toList(), page);
    }

    @Override
    public List<PositionAssignment> heldBy(PersonId person, LocalDate on) {
        return assignments.visible().filter(a -> a.holder().equals(person) && a.heldOn(on)).toList();
    }

    @Override
    public List<PositionAssignment> heldBy(Collection<PersonId> persons, LocalDate on) {
        return assignments.visible().filter(a -> persons.contains(a.holder()) && a.heldOn(on)).toList();
    }

    @Override
    public List<PositionAssignment> heldBy(Login login, LocalDate on) {
        return persons.idOf(login).map(person -> heldBy(person, on)).orElse(List.of());
    }

    /** Every assignment stored for the congress. */
    public List<PositionAssignment> stored(CongressId congress) {
        return assignments.stored(congress);
    }
}
