package org.lvzhi.adapter.persistence.attendance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sessions, their meetings and who attended them. Limited to the acting congress by row-level security. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SessionRepository extends GenericRepository<SessionRow, UUID> {

    void save(SessionRow row);

    Optional<SessionRow> findById(UUID id);

    Page<SessionRow> findAll(Pageable pageable);

    List<SessionRow> findByTermId(UUID termId);

    @Query("UPDATE session SET closed_at = :closedAt WHERE id = :id AND closed_at IS NULL")
    void close(UUID id, Instant closedAt);

    @Query("""
            INSERT INTO session_meeting (id, session_id, kind, held_on, half_day)
            VALUES (:id, :sessionId, :kind, :heldOn, :halfDay)""")
    void addMeeting(UUID id, UUID sessionId, String kind, LocalDate heldOn, String halfDay);

    @Query("DELETE FROM meeting_attendance WHERE meeting_id = :meetingId")
    void clearAttendance(UUID meetingId);

    @Query("""
            INSERT INTO meeting_attendance (meeting_id, deputy_id, registered_by, registered_at)
            VALUES (:meetingId, :deputyId, :registeredBy, :registeredAt)""")
    void attend(UUID meetingId, UUID deputyId, String registeredBy, Instant registeredAt);

    @Query("SELECT deputy_id FROM meeting_attendance WHERE meeting_id = :meetingId ORDER BY deputy_id")
    List<UUID> attendees(UUID meetingId);
}
