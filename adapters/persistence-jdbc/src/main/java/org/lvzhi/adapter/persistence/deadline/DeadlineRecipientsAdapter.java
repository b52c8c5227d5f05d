package org.lvzhi.adapter.persistence.deadline;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.deadline.port.out.DeadlineRecipientsPort;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Position;

/** Office holders of the acting congress on a date, as notification recipients (their login for the inbox). */
@Singleton
class DeadlineRecipientsAdapter implements DeadlineRecipientsPort {

    private final JdbcOperations jdbc;

    DeadlineRecipientsAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Recipient> holders(Position position, Optional<UnitId> unit, LocalDate on) {
        return jdbc.prepareStatement("""
                SELECT DISTINCT p.name, p.login FROM position_assignment a JOIN person p ON p.id = a.person_id
                 WHERE a.position = ? AND a.from_date <= ? AND (a.until_date IS NULL OR a.until_date >= ?)
                   AND (?::uuid IS NULL OR a.unit_id = ?::uuid)
                 ORDER BY p.name, p.login""", statement -> {
            statement.setString(1, position.name());
            statement.setDate(2, Date.valueOf(on));
            statement.setDate(3, Date.valueOf(on));
            statement.setObject(4, unit.map(UnitId::value).orElse(null));
            statement.setObject(5, unit.map(UnitId::value).orElse(null));
            try (ResultSet rows = statement.executeQuery()) {
                List<Recipient> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(new Recipient(rows.getString(1), Optional.ofNullable(rows.getString(2)), Optional.empty()));
                }
                return found;
            }
        });
    }
}
