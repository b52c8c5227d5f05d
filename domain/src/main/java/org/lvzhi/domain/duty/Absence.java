package org.lvzhi.domain.duty;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;

/**
 * A deputy's non-attendance: of a whole session ({@link #SESSION}), of one meeting of a session
 * ({@link #SESSION_MEETING}) or of an activity (its type code). Without approved leave it is UNAPPROVED,
 * which is what supervision rules count; {@code confirmedAttendance} says the deputy had confirmed taking
 * part (QH-11.5, DC-9.3 count only those).
 */
public record Absence(
        AbsenceId id,
        DeputyId deputy,
        String from,
        LocalDate date,
        Optional<String> reference,
        boolean approved,
        boolean confirmedAttendance) {

    /** Missing a whole session of the congress: what the termination rules count. */
    public static final String SESSION = "SESSION";
    /** Missing one meeting of a session: recorded and circulated, not counted as missing the session. */
    public static final String SESSION_MEETING = "SESSION_MEETING";

    public Absence {
        Checks.required("id", id);
        Checks.required("deputyId", deputy);
        Checks.text("from", from, DutyRecord.MAX_TYPE_LENGTH);
        Checks.required("date", date);
        Checks.required("reference", reference);
    }

    public boolean unapproved() {
        return !approved;
    }
}
