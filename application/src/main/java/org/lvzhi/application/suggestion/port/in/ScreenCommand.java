package org.lvzhi.application.suggestion.port.in;

import java.util.Optional;
import org.lvzhi.domain.shared.Checks;

/** A screening decision; a refusal names the profile's category (its code) and may add a note. */
public record ScreenCommand(ScreeningDecision decision, Optional<String> category, Optional<String> note) {

    public ScreenCommand {
        Checks.required("decision", decision);
        category = Checks.required("category", category).filter(c -> !c.isBlank()).map(String::strip);
        note = Checks.required("note", note).filter(n -> !n.isBlank());
    }
}
