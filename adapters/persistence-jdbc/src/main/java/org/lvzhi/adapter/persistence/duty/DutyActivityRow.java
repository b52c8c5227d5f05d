package org.lvzhi.adapter.persistence.duty;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("duty_activity")
record DutyActivityRow(
        @Id UUID id,
        UUID termId,
        String type,
        String title,
        LocalDate heldOn,
        @Nullable String place,
        @Nullable UUID organiserUnitId,
        String organisedBy) {
}
