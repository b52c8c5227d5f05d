package org.lvzhi.adapter.persistence.attendance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** Limited to the acting congress by row-level security. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MeetingRepository extends GenericRepository<MeetingRow, UUID> {

    List<MeetingRow> findBySessionId(UUID sessionId);
}
