package org.lvzhi.adapter.persistence.deputy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.UUID;

/** Writes deputies; reads go through {@link DeputyListingRepository}. Limited to the acting congress by RLS. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DeputyRepository extends GenericRepository<DeputyRow, UUID> {

    void save(DeputyRow row);

    void update(DeputyRow row);

    boolean existsByPersonIdAndTermId(UUID personId, UUID termId);
}
