package org.lvzhi.application.report.port.out;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.suggestion.Feedback;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

/**
 * A suggestion the deputy sponsored ({@code sponsor}) or co-sponsored, as a duty report lists it: when it was submitted,
 * where it stands, the lead handling unit and the deputy's latest verdict on the reply (the sponsor's feedback).
 */
public record SuggestionLine(
        SuggestionId id,
        String title,
        LocalDate submittedOn,
        boolean sponsor,
        SuggestionState state,
        Optional<String> leadUnit,
        Optional<Feedback> verdict) {
}
