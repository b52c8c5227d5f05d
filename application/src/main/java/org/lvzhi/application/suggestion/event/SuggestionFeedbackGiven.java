package org.lvzhi.application.suggestion.event;

import java.util.Optional;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.suggestion.Feedback;

/** The sponsor's verdict on the reply, with reasons when dissatisfied. */
public record SuggestionFeedbackGiven(AboutSuggestion suggestion, Feedback verdict, Optional<String> reasons) implements Event {

    @Override
    public String code() {
        return "suggestion.feedback-given";
    }
}
