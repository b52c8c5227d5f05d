package org.lvzhi.adapter.web.deadline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deadline.DeadlineClock;

@Serdeable
record DeadlineResponse(String id, String rule, String article, String event, String subjectKind, String subjectId,
        String subjectTitle, @Nullable String unitId, String what, @Nullable String responsible, @Nullable String escalateTo,
        LocalDate eventOn, LocalDate startedOn, LocalDate dueOn, List<LocalDate> reminders, @Nullable LocalDate nextReminderOn,
        @Nullable LocalDate progressReportOn, @Nullable LocalDate progressRemindedOn, @Nullable LocalDate escalatedOn,
        String state, @Nullable LocalDate metOn) {

    static DeadlineResponse of(DeadlineClock clock) {
        return new DeadlineResponse(clock.id().value().toString(), clock.rule(), clock.article(), clock.event(),
                clock.subject().kind(), clock.subject().id(), clock.subject().title(),
                clock.subject().unit().map(UnitId::toString).orElse(null), clock.what(), clock.responsible().orElse(null),
                clock.escalateTo().orElse(null), clock.eventOn(), clock.startedOn(), clock.dueOn(), clock.reminders(),
                clock.nextReminderOn().orElse(null), clock.progressReportOn().orElse(null),
                clock.progressRemindedOn().orElse(null), clock.escalatedOn().orElse(null), clock.state().name(),
                clock.metOn().orElse(null));
    }
}
