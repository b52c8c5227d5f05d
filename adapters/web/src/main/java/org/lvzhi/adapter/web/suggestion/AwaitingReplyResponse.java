package org.lvzhi.adapter.web.suggestion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.lvzhi.application.suggestion.port.out.AwaitingReply;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.suggestion.SuggestionState;

/** A line of a handling unit's work list: the suggestion and its reply clock, {@code daysLeft} negative once overdue. */
@Serdeable
record AwaitingReplyResponse(
        String id, String title,
        @Schema(implementation = SuggestionState.class, requiredMode = Schema.RequiredMode.REQUIRED) String state,
        String stateName, boolean complex, int round, LocalDate assignedOn, LocalDate replyDueOn, long daysLeft, boolean overdue,
        @Nullable String leadUnitId) {

    static AwaitingReplyResponse of(AwaitingReply line, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, line.replyDueOn());
        return new AwaitingReplyResponse(line.id().toString(), line.title(), line.state().name(), Messages.label(line.state()),
                line.complex(), line.round(), line.assignedOn(), line.replyDueOn(), left, left < 0,
                line.leadUnit().map(UnitId::toString).orElse(null));
    }
}
