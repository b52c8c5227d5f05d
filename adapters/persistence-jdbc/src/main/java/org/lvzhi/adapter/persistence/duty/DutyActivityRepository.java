package org.lvzhi.adapter.persistence.duty;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Limited to the acting congress by row-level security. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DutyActivityRepository extends GenericRepository<DutyActivityRow, UUID> {

    void save(DutyActivityRow row);

    Optional<DutyActivityRow> findById(UUID id);

    Page<DutyActivityRow> findAll(Pageable pageable);

    @Query("INSERT INTO activity_invitation (activity_id, deputy_id) VALUES (:activityId, :deputyId)")
    void invite(UUID activityId, UUID deputyId);

    @Query("SELECT deputy_id FROM activity_invitation WHERE activity_id = :activityId ORDER BY deputy_id")
    List<UUID> invited(UUID activityId);
}
