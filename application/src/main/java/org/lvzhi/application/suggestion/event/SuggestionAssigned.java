package org.lvzhi.application.suggestion.event;

import org.lvzhi.application.event.Event;

/** Assigned to its handling units, the lead named. */
public record SuggestionAssigned(AboutSuggestion suggestion, String lead) implements Event {

    @Override
    public String code() {
        return "suggestion.assigned";
    }
}
