package org.lvzhi.adapter.persistence.congress;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runs inside a tenant transaction: row-level security limits it to the acting congress. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TermRepository extends GenericRepository<TermRow, UUID> {

    List<TermRow> findAllOrderByStartsOn();

    Optional<TermRow> findById(UUID id);

    void save(TermRow row);
}
