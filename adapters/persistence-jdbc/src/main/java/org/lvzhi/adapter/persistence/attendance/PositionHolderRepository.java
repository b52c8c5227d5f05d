package org.lvzhi.adapter.persistence.attendance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Limited to the acting congress's office holders by row-level security. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PositionHolderRepository extends GenericRepository<HolderRow, UUID> {

    @Query("""
            SELECT id, name, login FROM person
             WHERE id IN (SELECT person_id FROM position_assignment
                           WHERE position = :position AND from_date <= :on AND (until_date IS NULL OR until_date >= :on))
             ORDER BY name, id""")
    List<HolderRow> holders(String position, LocalDate on);
}
