package org.lvzhi.application.suggestion.event;

import org.lvzhi.application.event.Event;

/** Handling ended. */
public record SuggestionClosed(AboutSuggestion suggestion) implements Event {

    @Override
    public String code() {
        return "suggestion.closed";
    }
}
