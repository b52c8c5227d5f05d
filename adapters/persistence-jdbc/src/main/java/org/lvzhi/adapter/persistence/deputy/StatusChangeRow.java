package org.lvzhi.adapter.persistence.deputy;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("deputy_status_change")
record StatusChangeRow(
        @Id UUID id, UUID deputyId, String fromStatus, String toStatus, String reason, Instant changedAt, String changedBy) {
}
