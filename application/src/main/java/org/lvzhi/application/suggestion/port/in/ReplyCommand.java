package org.lvzhi.application.suggestion.port.in;

import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.suggestion.Suggestion;

/** The lead unit's answer and the name of the unit's head who signed it (BL-13). */
public record ReplyCommand(String answer, String signedBy) {

    public ReplyCommand {
        answer = Checks.text("answer", answer, Suggestion.MAX_CONTENT_LENGTH);
        signedBy = Checks.text("signedBy", signedBy, 50);
    }
}
