package org.lvzhi.adapter.persistence.deputy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A status change; a resignation carries its acceptance (day, document, rule cited). */
@MappedEntity("deputy_status_change")
record StatusChangeRow(
        @Id UUID id, UUID deputyId, String fromStatus, String toStatus, String reason, Instant changedAt, String changedBy,
        @Nullable LocalDate acceptedOn, @Nullable String documentReference, @Nullable String rule) {
}
