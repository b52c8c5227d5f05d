package org.lvzhi.adapter.persistence.deputy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads deputies with their persons. Limited to the acting congress by row-level security. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DeputyListingRepository extends GenericRepository<DeputyListingRow, UUID> {

    String FILTERS = """
             FROM deputy_listing
            WHERE (CAST(:namePattern AS text) IS NULL OR person_name ILIKE CAST(:namePattern AS text))
              AND (CAST(:termId AS uuid) IS NULL OR term_id = CAST(:termId AS uuid))
              AND (CAST(:status AS text) IS NULL OR status = CAST(:status AS text))
              AND (CAST(:delegationId AS uuid) IS NULL OR delegation_id = CAST(:delegationId AS uuid))
              AND (CAST(:deputyGroupId AS uuid) IS NULL OR deputy_group_id = CAST(:deputyGroupId AS uuid))
              AND (CAST(:grassroots AS boolean) IS NULL OR grassroots = CAST(:grassroots AS boolean))
              AND (CAST(:military AS boolean) IS NULL OR military = CAST(:military AS boolean))
            """;

    Optional<DeputyListingRow> findById(UUID id);

    Optional<DeputyListingRow> findFirstByPersonLoginOrderByTermStartsOnDesc(String personLogin);

    @Query("""
            SELECT * FROM deputy_listing
             WHERE term_id = :termId AND status = :status AND (CAST(:after AS uuid) IS NULL OR id > CAST(:after AS uuid))
             ORDER BY id LIMIT :limit""")
    List<DeputyListingRow> inIdOrder(UUID termId, String status, @Nullable UUID after, int limit);

    @Query(value = "SELECT *" + FILTERS + " ORDER BY person_name, id", countQuery = "SELECT count(*)" + FILTERS)
    Page<DeputyListingRow> search(
            @Nullable String namePattern,
            @Nullable UUID termId,
            @Nullable String status,
            @Nullable UUID delegationId,
            @Nullable UUID deputyGroupId,
            @Nullable Boolean grassroots,
            @Nullable Boolean military,
            Pageable pageable);

    /** The seats after {@code (afterName, afterId)} (nulls: from the first), by name: one range of {@code deputy_name}. */
    @Query("SELECT *" + FILTERS + """
              AND (CAST(:afterName AS text) IS NULL OR (person_name, id) > (CAST(:afterName AS text), CAST(:afterId AS uuid)))
            ORDER BY person_name, id LIMIT :limit""")
    List<DeputyListingRow> after(
            @Nullable String namePattern,
            @Nullable UUID termId,
            @Nullable String status,
            @Nullable UUID delegationId,
            @Nullable UUID deputyGroupId,
            @Nullable Boolean grassroots,
            @Nullable Boolean military,
            @Nullable String afterName,
            @Nullable UUID afterId,
            int limit);

    @Query("SELECT count(*)" + FILTERS)
    long count(
            @Nullable String namePattern,
            @Nullable UUID termId,
            @Nullable String status,
            @Nullable UUID delegationId,
            @Nullable UUID deputyGroupId,
            @Nullable Boolean grassroots,
            @Nullable Boolean military);
}
