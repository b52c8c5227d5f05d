package org.lvzhi.adapter.console;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionState;

/**
 * The statutory clock a suggestion runs on now, as the page shows it: the reply's while a unit handles it, the deputy's
 * feedback's once replied (where the profile gives one); its due date and the days left, overdue shown in red.
 */
public record SuggestionClock(String label, String due, String left, boolean overdue) {

    static Optional<SuggestionClock> of(Suggestion suggestion, LocalDate today) {
        if (suggestion.state().inHandling()) {
            return suggestion.replyDueOn().map(due -> of("clock.reply", due, today));
        }
        if (suggestion.state() == SuggestionState.REPLIED) {
            return suggestion.feedbackDueOn().map(due -> of("clock.feedback", due, today));
        }
        return Optional.empty();
    }

    private static SuggestionClock of(String label, LocalDate due, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, due);
        String days = left < 0 ? ConsoleText.text("clock.overdue", -left)
                : left == 0 ? ConsoleText.text("clock.today") : ConsoleText.text("clock.left", left);
        return new SuggestionClock(ConsoleText.text(label), ConsoleText.date(due), days, left < 0);
    }
}
