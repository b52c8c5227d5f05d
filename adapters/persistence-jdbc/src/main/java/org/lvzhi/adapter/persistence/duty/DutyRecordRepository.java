package org.lvzhi.adapter.persistence.duty;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Limited to the acting congress by row-level security. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DutyRecordRepository extends GenericRepository<DutyRecordRow, UUID> {

    void save(DutyRecordRow row);

    void update(DutyRecordRow row);

    Optional<DutyRecordRow> findById(UUID id);

    boolean existsByDeputyIdAndActivityIdAndStateNotEqual(UUID deputyId, UUID activityId, String state);

    List<DutyRecordRow> findByDeputyIdAndOccurredOnBetweenOrderByOccurredOn(UUID deputyId, LocalDate from, LocalDate to);

}
