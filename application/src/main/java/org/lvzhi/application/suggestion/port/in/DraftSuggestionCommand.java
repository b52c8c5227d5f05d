package org.lvzhi.application.suggestion.port.in;

import java.util.List;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.suggestion.Suggestion;

/** A suggestion as its sponsor writes it: one matter (title and text) and the deputies who co-sponsor it. */
public record DraftSuggestionCommand(String title, String content, List<DeputyId> coSponsors) {

    public DraftSuggestionCommand {
        title = Checks.text("title", title, Suggestion.MAX_TITLE_LENGTH);
        content = Checks.text("content", content, Suggestion.MAX_CONTENT_LENGTH);
        coSponsors = List.copyOf(Checks.required("coSponsors", coSponsors));
    }
}
