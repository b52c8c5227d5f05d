package org.lvzhi.application.suggestion.event;

import org.lvzhi.application.event.Event;

/** The sponsors submitted it for screening. */
public record SuggestionSubmitted(AboutSuggestion suggestion) implements Event {

    @Override
    public String code() {
        return "suggestion.submitted";
    }
}
