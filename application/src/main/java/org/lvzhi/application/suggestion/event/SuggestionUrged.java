package org.lvzhi.application.suggestion.event;

import java.util.Optional;
import org.lvzhi.application.event.Event;

/** Staff urged the units on, with a note or none. */
public record SuggestionUrged(AboutSuggestion suggestion, Optional<String> text) implements Event {

    @Override
    public String code() {
        return "suggestion.urged";
    }
}
