package org.lvzhi.adapter.persistence.congress;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

/** Runs inside a tenant transaction: row-level security limits it to the acting congress. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UnitRepository extends GenericRepository<UnitRow, UUID> {

    Optional<UnitRow> findById(UUID id);

    Page<UnitRow> findByKind(String kind, Pageable pageable);

    void save(UnitRow row);

    void update(UnitRow row);
}
