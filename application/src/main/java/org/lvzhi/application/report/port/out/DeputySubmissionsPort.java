package org.lvzhi.application.report.port.out;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.domain.deputy.DeputyId;

/** What a deputy put forward in a period, in the acting congress, oldest first: for the duty reports. */
public interface DeputySubmissionsPort {

    /** Suggestions past their draft, sponsored or co-sponsored by the deputy, submitted within {@code from}–{@code to}. */
    List<SuggestionLine> suggestions(DeputyId deputy, LocalDate from, LocalDate to);

    /** Joint proposals the deputy signed, filed within {@code from}–{@code to}. */
    List<ProposalLine> proposals(DeputyId deputy, LocalDate from, LocalDate to);
}
