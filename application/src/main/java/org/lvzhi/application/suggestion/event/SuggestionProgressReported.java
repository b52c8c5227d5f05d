package org.lvzhi.application.suggestion.event;

import org.lvzhi.application.event.Event;

/** The lead unit explained how far handling has come. */
public record SuggestionProgressReported(AboutSuggestion suggestion, String lead, String text) implements Event {

    @Override
    public String code() {
        return "suggestion.progress-reported";
    }
}
