package org.lvzhi.application.suggestion.event;

import org.lvzhi.application.event.Event;

/** Assigned again after a dissatisfied feedback. */
public record SuggestionReassigned(AboutSuggestion suggestion, String lead) implements Event {

    @Override
    public String code() {
        return "suggestion.reassigned";
    }
}
