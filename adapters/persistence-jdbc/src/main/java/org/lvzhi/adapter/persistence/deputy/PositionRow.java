package org.lvzhi.adapter.persistence.deputy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("position_assignment")
record PositionRow(
        @Id UUID id, String position, UUID personId, @Nullable UUID unitId, LocalDate fromDate, @Nullable LocalDate untilDate) {
}
