package org.lvzhi.adapter.persistence.suggestion;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.suggestion.port.out.HandlingUnitHeadsPort;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.shared.Name;

/** The persons holding HANDLING_UNIT_HEAD in a unit on a date; row-level security keeps it to the acting congress. */
@Singleton
class HandlingUnitHeadsAdapter implements HandlingUnitHeadsPort {

    private final JdbcOperations jdbc;

    HandlingUnitHeadsAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Person> heads(UnitId unit, LocalDate on) {
        return jdbc.prepareStatement("""
                SELECT p.id, p.name, p.login FROM person p
                 WHERE p.id IN (SELECT person_id FROM position_assignment
                                 WHERE position = ? AND unit_id = ? AND from_date <= ? AND (until_date IS NULL OR until_date >= ?))
                 ORDER BY p.name, p.id""", statement -> {
            statement.setString(1, Position.HANDLING_UNIT_HEAD.name());
            statement.setObject(2, unit.value());
            statement.setDate(3, Date.valueOf(on));
            statement.setDate(4, Date.valueOf(on));
            try (ResultSet rows = statement.executeQuery()) {
                List<Person> heads = new ArrayList<>();
                while (rows.next()) {
                    heads.add(new Person(new PersonId(rows.getObject("id", UUID.class)), new Name(rows.getString("name")),
                            Optional.ofNullable(rows.getString("login")).map(Login::new)));
                }
                return heads;
            }
        });
    }
}
