package org.lvzhi.adapter.persistence.deputy;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.deputy.PositionView;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.deputy.PositionAssignmentId;

@Singleton
class PositionAdapter implements PositionPort {

    private final PositionRepository positions;
    private final PersonAdapter persons;

    PositionAdapter(PositionRepository positions, PersonAdapter persons) {
        this.positions = positions;
        this.persons = persons;
    }

    @Override
    public void add(PositionAssignment assignment) {
        positions.save(new PositionRow(
                assignment.id().value(),
                assignment.position().name(),
                assignment.holder().value(),
                assignment.unit().map(UnitId::value).orElse(null),
                assignment.from(),
                assignment.until().orElse(null)));
    }

    @Override
    public Page<PositionView> list(PageRequest page) {
        var found = positions.findAll(Pageable.from(page.page(), page.size(),
                Sort.of(Sort.Order.asc("position"), Sort.Order.asc("fromDate"))));
        return Page.of(found.getContent().stream().map(this::toView).toList(), page, found.getTotalSize());
    }

    @Override
    public List<PositionAssignment> heldBy(PersonId person, LocalDate on) {
        return heldOn(positions.findByPersonId(person.value()), on);
    }

    @Override
    public List<PositionAssignment> heldBy(Login login, LocalDate on) {
        return heldOn(positions.findByLogin(login.value()), on);
    }

    private static List<PositionAssignment> heldOn(List<PositionRow> rows, LocalDate on) {
        return rows.stream().map(PositionAdapter::toAssignment).filter(assignment -> assignment.heldOn(on)).toList();
    }

    private PositionView toView(PositionRow row) {
        PositionAssignment assignment = toAssignment(row);
        return new PositionView(assignment, persons.find(assignment.holder()).orElseThrow());
    }

    private static PositionAssignment toAssignment(PositionRow row) {
        return new PositionAssignment(
                new PositionAssignmentId(row.id()),
                Position.valueOf(row.position()),
                new PersonId(row.personId()),
                Optional.ofNullable(row.unitId()).map(UnitId::new),
                row.fromDate(),
                Optional.ofNullable(row.untilDate()));
    }
}
