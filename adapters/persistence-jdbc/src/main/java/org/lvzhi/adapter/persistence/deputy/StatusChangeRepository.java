package org.lvzhi.adapter.persistence.deputy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** Limited to the acting congress by row-level security. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StatusChangeRepository extends GenericRepository<StatusChangeRow, UUID> {

    void save(StatusChangeRow row);

    List<StatusChangeRow> findByDeputyIdOrderByChangedAt(UUID deputyId);
}
