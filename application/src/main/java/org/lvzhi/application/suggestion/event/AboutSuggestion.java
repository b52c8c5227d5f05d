package org.lvzhi.application.suggestion.event;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

/** What every suggestion event says of the suggestion: its id, title and state, and the date the answer now awaited is due. */
public record AboutSuggestion(SuggestionId suggestionId, String title, SuggestionState state, Optional<LocalDate> dueOn)
        implements Event.Part {

    public static AboutSuggestion of(Suggestion suggestion) {
        return new AboutSuggestion(suggestion.id(), suggestion.title(), suggestion.state(),
                suggestion.replyDueOn().or(suggestion::feedbackDueOn));
    }
}
