package org.lvzhi.domain.deadline;

import java.util.Optional;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.shared.Checks;

/**
 * The matter a deadline runs for: its kind (SUGGESTION, MOTION, APPOINTMENT, REPORT, LETTER, DETAILS_CHANGE,
 * ACTIVITY…), its id, a title people recognise, and the handling unit answerable for it where there is one (the
 * overdue board is kept per handling unit).
 */
public record DeadlineSubject(String kind, String id, String title, Optional<UnitId> unit) {

    public DeadlineSubject {
        Checks.text("kind", kind, 64);
        Checks.text("id", id, 64);
        title = Checks.text("title", title, 200);
        Checks.required("unit", unit);
    }
}
