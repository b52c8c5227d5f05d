package org.lvzhi.adapter.persistence.duty;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("absence")
record AbsenceRow(
        @Id UUID id,
        UUID deputyId,
        String absentFrom,
        LocalDate absentOn,
        @Nullable String reference,
        boolean approved,
        boolean confirmedAttendance) {
}
