package org.lvzhi.adapter.persistence.duty;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("duty_record")
record DutyRecordRow(
        @Id UUID id,
        UUID deputyId,
        String type,
        LocalDate occurredOn,
        @Nullable UUID activityId,
        @Nullable String counterpart,
        @Nullable String note,
        String source,
        String state,
        @Nullable String rejectionReason,
        String registeredBy,
        Instant registeredAt,
        BigDecimal quantity) {
}
