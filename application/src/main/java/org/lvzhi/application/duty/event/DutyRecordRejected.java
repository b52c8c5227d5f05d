package org.lvzhi.application.duty.event;

import java.time.LocalDate;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyRecordId;

/** A self-registered duty record was rejected in review, for the reason given. */
public record DutyRecordRejected(DutyRecordId recordId, DeputyId deputyId, String type, LocalDate date, String reason) implements Event {

    @Override
    public String code() {
        return "duty-record.rejected";
    }
}
