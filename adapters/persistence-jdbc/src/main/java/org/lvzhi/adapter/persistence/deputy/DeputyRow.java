package org.lvzhi.adapter.persistence.deputy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

@MappedEntity("deputy")
record DeputyRow(
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
        String status) {
}
