package org.lvzhi.application.suggestion.event;

import org.lvzhi.application.event.Event;

/** Another suggestion with the same content was merged into it. */
public record SuggestionMerged(AboutSuggestion suggestion, String mergedTitle) implements Event {

    @Override
    public String code() {
        return "suggestion.merged";
    }
}
