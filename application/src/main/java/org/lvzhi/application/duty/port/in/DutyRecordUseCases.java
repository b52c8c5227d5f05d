package org.lvzhi.application.duty.port.in;

import java.util.Optional;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.DutyRecordId;

/** Registering duty records into deputies' archives and reviewing the self-registered ones. */
public interface DutyRecordUseCases {

    /** An organiser's (or the registering office's) record: it counts at once. */
    DutyRecord register(ActingCaller caller, RecordCommand command);

    /** The calling deputy's own record of a self-registrable type: it waits for review. */
    DutyRecord selfRegister(ActingCaller caller, RecordCommand command);

    DutyRecord review(ActingCaller caller, DutyRecordId id, ReviewDecision decision, Optional<String> reason);

    /** The self-registered records the caller may review, oldest first. */
    Slice<DutyRecord> reviewQueue(ActingCaller caller, KeysetRequest page);

    DutyRecord find(ActingCaller caller, DutyRecordId id);
}
