package org.lvzhi.adapter.persistence.attendance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Leave requests and the meetings they cover. Limited to the acting congress by row-level security. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LeaveRequestRepository extends GenericRepository<LeaveRequestRow, UUID> {

    String FILTERS = """
             FROM leave_request
            WHERE (CAST(:state AS text) IS NULL OR state = CAST(:state AS text))
              AND (CAST(:deputyId AS uuid) IS NULL OR deputy_id = CAST(:deputyId AS uuid))
            """;

    void save(LeaveRequestRow row);

    Optional<LeaveRequestRow> findById(UUID id);

    /**
     * Newest first, the rows after the cursor's {@code (requested_at, id)} (none: the first page), {@code limit} of them:
     * one range of {@code leave_request_keyset} (038), with a state {@code leave_request_state_page}.
     */
    @Query("SELECT *" + FILTERS + """
              AND (CAST(:afterAt AS timestamptz) IS NULL
                   OR (requested_at, id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid)))
            ORDER BY requested_at DESC, id DESC LIMIT :limit""")
    List<LeaveRequestRow> page(@Nullable String state, @Nullable UUID deputyId, @Nullable Instant afterAt, @Nullable UUID afterId,
            int limit);

    @Query("SELECT count(*)" + FILTERS)
    long count(@Nullable String state, @Nullable UUID deputyId);

    List<LeaveRequestRow> findByStateOrderByRequestedAt(String state);

    List<LeaveRequestRow> findBySessionId(UUID sessionId);

    @Query("UPDATE leave_request SET state = :state WHERE id = :id")
    void changeState(UUID id, String state);

    @Query("INSERT INTO leave_request_meeting (leave_request_id, meeting_id) VALUES (:leaveRequestId, :meetingId)")
    void cover(UUID leaveRequestId, UUID meetingId);

    @Query("SELECT meeting_id FROM leave_request_meeting WHERE leave_request_id = :leaveRequestId ORDER BY meeting_id")
    List<UUID> meetings(UUID leaveRequestId);

    @Query("""
            SELECT EXISTS (SELECT 1 FROM leave_request
                            WHERE deputy_id = :deputyId AND activity_id = :activityId AND state = 'APPROVED')""")
    boolean approvedForActivity(UUID deputyId, UUID activityId);
}
