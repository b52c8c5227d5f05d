package org.lvzhi.application.suggestion.event;

import org.lvzhi.application.event.Event;

/** Screening accepted or refused it; the outcome as the sponsors read it. */
public record SuggestionScreened(AboutSuggestion suggestion, String outcome) implements Event {

    @Override
    public String code() {
        return "suggestion.screened";
    }
}
