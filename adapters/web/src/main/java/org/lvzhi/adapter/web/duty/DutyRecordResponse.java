package org.lvzhi.adapter.web.duty;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.RecordSource;
import org.lvzhi.domain.duty.ReviewState;
import org.lvzhi.domain.shared.Messages;

@Serdeable
record DutyRecordResponse(
        String id,
        String deputyId,
        String type,
        LocalDate date,
        @Nullable String activityId,
        @Nullable String counterpart,
        @Nullable String note,
        @Schema(implementation = RecordSource.class, requiredMode = Schema.RequiredMode.REQUIRED) String source,
        @Schema(implementation = ReviewState.class, requiredMode = Schema.RequiredMode.REQUIRED) String state,
        String stateName,
        @Nullable String rejectionReason,
        String registeredBy,
        BigDecimal quantity) {

    static DutyRecordResponse of(DutyRecord record) {
        return new DutyRecordResponse(record.id().toString(), record.deputy().toString(), record.type(), record.date(),
                record.activity().map(DutyActivityId::toString).orElse(null), record.counterpart().orElse(null),
                record.note().orElse(null), record.source().name(), record.state().name(), Messages.label(record.state()),
                record.rejectionReason().orElse(null), record.registeredBy(), record.quantity());
    }
}
