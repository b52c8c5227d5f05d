package org.lvzhi.application.duty.event;

import java.time.LocalDate;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyRecordId;

/** A self-registered duty record was confirmed in review and now counts. */
public record DutyRecordConfirmed(DutyRecordId recordId, DeputyId deputyId, String type, LocalDate date) implements Event {

    @Override
    public String code() {
        return "duty-record.confirmed";
    }
}
