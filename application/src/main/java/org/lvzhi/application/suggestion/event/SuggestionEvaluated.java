package org.lvzhi.application.suggestion.event;

import org.lvzhi.application.event.Event;
import org.lvzhi.domain.suggestion.Feedback;

/** The sponsor evaluated a unit's attitude and handling. */
public record SuggestionEvaluated(AboutSuggestion suggestion, String unit, Feedback attitude, Feedback handling) implements Event {

    @Override
    public String code() {
        return "suggestion.evaluated";
    }
}
