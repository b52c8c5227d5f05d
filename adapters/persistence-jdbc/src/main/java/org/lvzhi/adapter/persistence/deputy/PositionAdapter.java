package org.lvzhi.adapter.persistence.deputy;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.deputy.port.out.PositionView;
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
    private final JdbcOperations jdbc;

    PositionAdapter(PositionRepository positions, PersonAdapter persons, JdbcOperations jdbc) {
        this.positions = positions;
        this.persons = persons;
        this.jdbc = jdbc;
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
                Sort.of(Sort.Order.asc("position"), Sort.Order.asc("fromDate"), Sort.Order.asc("id"))));
        return Page.of(found.getContent().stream().map(this::toView).toList(), page, found.getTotalSize());
    }

    @Override
    public List<PositionAssignment> heldBy(PersonId person, LocalDate on) {
        return heldOn(positions.findByPersonId(person.value()), on);
    }

    @Override
    public List<PositionAssignment> heldBy(Collection<PersonId> persons, LocalDate on) {
        return heldOn(Statements.list(jdbc, "SELECT * FROM position_assignment WHERE person_id = ANY (?)",
                List.of((Object) persons.stream().map(PersonId::value).toArray(UUID[]::new)),
                row -> new PositionRow(row.getObject("id", UUID.class), row.getString("position"), row.getObject("person_id", UUID.class),
                        row.getObject("unit_id", UUID.class), row.getObject("from_date", LocalDate.class),
                        row.getObject("until_date", LocalDate.class))), on);
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
