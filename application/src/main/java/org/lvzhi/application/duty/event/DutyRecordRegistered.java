package org.lvzhi.application.duty.event;

import java.time.LocalDate;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.DutyRecordId;
import org.lvzhi.domain.duty.RecordSource;
import org.lvzhi.domain.duty.ReviewState;

/** A duty record was registered: by the activity's organiser (confirmed at once) or by the deputy (awaiting review). */
public record DutyRecordRegistered(DutyRecordId recordId, DeputyId deputyId, String type, LocalDate date,
        RecordSource source, ReviewState state) implements Event {

    public static DutyRecordRegistered of(DutyRecord record) {
        return new DutyRecordRegistered(record.id(), record.deputy(), record.type(), record.date(), record.source(), record.state());
    }

    @Override
    public String code() {
        return "duty-record.registered";
    }
}
