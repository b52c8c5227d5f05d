package org.lvzhi.adapter.persistence.duty;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Limited to the acting congress by row-level security. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AbsenceRepository extends GenericRepository<AbsenceRow, UUID> {

    @Query("""
            INSERT INTO absence (id, deputy_id, absent_from, absent_on, reference, approved, confirmed_attendance)
            VALUES (:id, :deputyId, :absentFrom, :absentOn, :reference, :approved, :confirmedAttendance)
            ON CONFLICT (tenant_id, deputy_id, absent_from, reference) WHERE reference IS NOT NULL DO NOTHING""")
    void insertUnlessRecorded(UUID id, UUID deputyId, String absentFrom, LocalDate absentOn, @Nullable String reference,
            boolean approved, boolean confirmedAttendance);

    List<AbsenceRow> findByDeputyIdAndAbsentOnBetweenOrderByAbsentOn(UUID deputyId, LocalDate from, LocalDate to);
}
