package org.lvzhi.adapter.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.lvzhi.application.suggestion.port.in.DraftSuggestionCommand;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Violations;
import org.lvzhi.domain.suggestion.Suggestion;

/** The filing form as posted, kept to show it again beside its errors. */
@Serdeable
public record SuggestionForm(@Nullable String title, @Nullable String content) {

    /** The command, with every field's error at once, named as the API names them. */
    DraftSuggestionCommand toCommand() {
        Violations violations = new Violations();
        String checkedTitle = violations.check(() -> Checks.text("title", title, Suggestion.MAX_TITLE_LENGTH));
        String checkedContent = violations.check(() -> Checks.text("content", content, Suggestion.MAX_CONTENT_LENGTH));
        violations.throwIfAny();
        return new DraftSuggestionCommand(checkedTitle, checkedContent, List.of());
    }

    public String value(String field) {
        String value = "title".equals(field) ? title : content;
        return value == null ? "" : value;
    }
}
