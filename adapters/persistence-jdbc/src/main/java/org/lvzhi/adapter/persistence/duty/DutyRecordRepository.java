package org.lvzhi.adapter.persistence.duty;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.Collection;
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

    Page<DutyRecordRow> findByState(String state, Pageable pageable);

    @Query(value = "SELECT r.*" + PENDING_IN_GROUPS + " ORDER BY r.occurred_on, r.id",
            countQuery = "SELECT count(*)" + PENDING_IN_GROUPS)
    Page<DutyRecordRow> findPendingInGroups(Collection<UUID> groups, Pageable pageable);

    String PENDING_IN_GROUPS = " FROM duty_record r JOIN deputy d ON d.tenant_id = r.tenant_id AND d.id = r.deputy_id"
            + " WHERE r.state = 'PENDING' AND d.deputy_group_id IN (:groups)";
}
