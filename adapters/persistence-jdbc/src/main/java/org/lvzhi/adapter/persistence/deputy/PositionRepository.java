package org.lvzhi.adapter.persistence.deputy;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** Limited to the acting congress by row-level security. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PositionRepository extends GenericRepository<PositionRow, UUID> {

    void save(PositionRow row);

    Page<PositionRow> findAll(Pageable pageable);

    List<PositionRow> findByPersonId(UUID personId);

    @Query("SELECT * FROM position_assignment WHERE person_id = person_id_by_login(:login)")
    List<PositionRow> findByLogin(String login);
}
