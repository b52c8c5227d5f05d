package org.lvzhi.domain.supervision;

import java.time.LocalDate;
import org.lvzhi.domain.shared.Checks;

/** A confirmed duty record as a MISSING_RECORDS trigger sees it: its type and its date. */
public record ConfirmedRecord(String type, LocalDate date) {

    public ConfirmedRecord {
        Checks.required("type", type);
        Checks.required("date", date);
    }
}
