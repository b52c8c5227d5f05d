package org.lvzhi.application.suggestion.event;

import org.lvzhi.application.event.Event;

/** The lead unit asked for the longer period. */
public record SuggestionExtensionRequested(AboutSuggestion suggestion, String lead, String text) implements Event {

    @Override
    public String code() {
        return "suggestion.extension-requested";
    }
}
