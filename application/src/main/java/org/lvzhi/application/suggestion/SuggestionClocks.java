package org.lvzhi.application.suggestion;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.lvzhi.application.deadline.port.in.DeadlineClocks;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deadline.DeadlineSubject;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.suggestion.Suggestion;

/**
 * The statutory clocks of a suggestion, started and stopped in the transaction of the event: the reply after
 * assignment (3 or 6 months, QH-3.5, BL-13), the feedback after a reply where the profile has one (HN-6), the second
 * reply after re-assignment (1 month, BL-13). Each start answers the latest due date the profile's rules give.
 */
@Singleton
class SuggestionClocks {

    static final String ASSIGNED = "SUGGESTION_ASSIGNED";
    static final String REPLIED = "SUGGESTION_REPLIED";
    static final String REASSIGNED = "SUGGESTION_REASSIGNED";
    private static final String KIND = "SUGGESTION";

    private final DeadlineClocks clocks;
    private final PolicyProfileQueries profiles;

    SuggestionClocks(DeadlineClocks clocks, PolicyProfileQueries profiles) {
        this.clocks = clocks;
        this.profiles = profiles;
    }

    Optional<LocalDate> start(CongressId congress, String event, Suggestion suggestion, LocalDate on, boolean complex) {
        return clocks.start(congress, event, subject(suggestion), on, complex).stream()
                .map(DeadlineClocks.StartedDeadline::dueOn)
                .max(Comparator.naturalOrder());
    }

    void stop(CongressId congress, String event, Suggestion suggestion, LocalDate on) {
        clocks.stop(congress, event, subject(suggestion), on);
    }

    /** The clock for the answer now awaited: after assignment in the first round, after re-assignment in the second. */
    static String replyEvent(Suggestion suggestion) {
        return suggestion.round() > 1 ? REASSIGNED : ASSIGNED;
    }

    /** Whether the profile in force gives the deputy a period for feedback (HN-6). */
    boolean feedbackPeriod(CongressId congress, LocalDate on) {
        return profiles.effectiveIn(congress, on).rules().stream()
                .map(sourced -> sourced.value())
                .filter(rule -> rule.kind() == RuleKind.DEADLINE)
                .flatMap(rule -> rule.deadline().stream())
                .anyMatch(deadline -> deadline.event().equals(REPLIED));
    }

    private static DeadlineSubject subject(Suggestion suggestion) {
        return new DeadlineSubject(KIND, suggestion.id().toString(), suggestion.title(), suggestion.leadUnit());
    }
}
