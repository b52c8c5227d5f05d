package org.lvzhi.adapter.console;

import java.util.Optional;
import org.lvzhi.domain.duty.DutyRecord;

/** A self-registered record waiting in the review queue, with the errors of a review of it that was refused. */
public record ReviewRow(String id, String deputy, String type, String date, String counterpart, String note, FormErrors errors) {

    /** A review of one row the rules refused (a rejection without its reason). */
    record Refused(String id, FormErrors errors) {
    }

    static ReviewRow of(DutyRecord record, String deputy, String type, Optional<Refused> refused) {
        String id = record.id().value().toString();
        return new ReviewRow(id, deputy, type, ConsoleText.date(record.date()), record.counterpart().orElse(""),
                record.note().orElse(""), refused.filter(r -> r.id().equals(id)).map(Refused::errors).orElse(FormErrors.NONE));
    }
}
