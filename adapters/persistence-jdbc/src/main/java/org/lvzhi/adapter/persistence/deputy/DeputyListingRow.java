package org.lvzhi.adapter.persistence.deputy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

/** A row of the {@code deputy_listing} view: a deputy joined with the person holding the seat. */
@MappedEntity("deputy_listing")
record DeputyListingRow(
        @Id UUID id,
        UUID personId,
        UUID termId,
        String constituency,
        @Nullable String constituencyName,
        @Nullable UUID delegationId,
        @Nullable UUID deputyGroupId,
        @Nullable UUID liaisonStationId,
        boolean grassroots,
        boolean military,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String address,
        String status,
        String personName,
        @Nullable String personLogin,
        LocalDate termStartsOn) {
}
