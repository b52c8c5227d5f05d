package org.lvzhi.application.suggestion.event;

import org.lvzhi.application.event.Event;

/** The lead unit answered, signed by its head. */
public record SuggestionReplied(AboutSuggestion suggestion, String lead, String signedBy) implements Event {

    @Override
    public String code() {
        return "suggestion.replied";
    }
}
