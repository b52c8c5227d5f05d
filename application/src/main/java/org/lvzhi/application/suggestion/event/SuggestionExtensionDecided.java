package org.lvzhi.application.suggestion.event;

import org.lvzhi.application.event.Event;

/** The liaison office decided the extension request. */
public record SuggestionExtensionDecided(AboutSuggestion suggestion, boolean approved, String decision) implements Event {

    @Override
    public String code() {
        return "suggestion.extension-decided";
    }
}
