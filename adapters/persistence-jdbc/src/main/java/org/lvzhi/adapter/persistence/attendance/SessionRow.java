package org.lvzhi.adapter.persistence.attendance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("session")
record SessionRow(
        @Id UUID id, UUID termId, int number, String title, LocalDate opensOn, LocalDate closesOn, @Nullable Instant closedAt) {
}
