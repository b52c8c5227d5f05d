package org.lvzhi.domain.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Messages;

/**
 * A deputy's annual duty report (述职报告) for one year: the narrative the deputy writes, kept as a draft until it is
 * submitted. The figures are not stored: they are drawn from the archive whenever the report is shown.
 * Submitted once, on or before the due date (QH-11.6: by 30 November); after it, the submission is refused.
 */
public record DutyReport(DeputyId deputy, int year, String narrative, ReportState state, Optional<LocalDate> submittedOn) {

    public static final int MAX_NARRATIVE = 20_000;
    private static final Messages MESSAGES = Messages.of(DutyReport.class);

    public DutyReport {
        Objects.requireNonNull(deputy, "deputy");
        narrative = narrative == null ? "" : narrative;
        Objects.requireNonNull(state, "state");
        submittedOn = submittedOn == null ? Optional.empty() : submittedOn;
    }

    /** The report before the deputy has written anything. */
    public static DutyReport blank(DeputyId deputy, int year) {
        return new DutyReport(deputy, year, "", ReportState.DRAFT, Optional.empty());
    }

    /** The draft with a new narrative; a submitted report is no longer changed. */
    public DutyReport withNarrative(String text) {
        if (state == ReportState.SUBMITTED) {
            throw MESSAGES.violation("narrative", "report.submitted", year);
        }
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NARRATIVE) {
            throw MESSAGES.violation("narrative", "narrative.length", MAX_NARRATIVE);
        }
        return new DutyReport(deputy, year, stripped, ReportState.DRAFT, Optional.empty());
    }

    /** Hands the report in on {@code today}: it needs a narrative, and is refused after the due date when there is one. */
    public DutyReport submit(LocalDate today, Optional<LocalDate> dueOn) {
        if (state == ReportState.SUBMITTED) {
            throw MESSAGES.violation("state", "report.submitted", year);
        }
        if (narrative.isBlank()) {
            throw MESSAGES.violation("narrative", "narrative.missing");
        }
        if (dueOn.filter(today::isAfter).isPresent()) {
            throw MESSAGES.violation("submittedOn", "submission.late", year, dueOn.get(), today);
        }
        return new DutyReport(deputy, year, narrative, ReportState.SUBMITTED, Optional.of(today));
    }
}
