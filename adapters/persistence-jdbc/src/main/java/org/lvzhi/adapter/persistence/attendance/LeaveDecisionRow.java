package org.lvzhi.adapter.persistence.attendance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One decided step; the table's key is the request and the step, read here by the request. */
@MappedEntity("leave_decision")
record LeaveDecisionRow(
        @Id UUID leaveRequestId,
        int step,
        String actedAs,
        String action,
        String outcome,
        String decidedBy,
        Instant decidedAt,
        @Nullable String note,
        @Nullable String documentReference) {
}
