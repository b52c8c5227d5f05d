package org.lvzhi.adapter.persistence.attendance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("leave_request")
record LeaveRequestRow(
        @Id UUID id,
        UUID deputyId,
        String leaveFrom,
        @Nullable UUID sessionId,
        @Nullable UUID activityId,
        LocalDate leaveOn,
        int halfDays,
        String reason,
        @Nullable String explanation,
        String chainRule,
        String chainArticle,
        String chainSteps,
        @Nullable String filedBy,
        String state,
        String requestedBy,
        Instant requestedAt) {
}
