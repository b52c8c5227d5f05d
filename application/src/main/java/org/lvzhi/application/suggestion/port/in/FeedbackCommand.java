package org.lvzhi.application.suggestion.port.in;

import java.util.Optional;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.suggestion.Feedback;

/** The sponsor's verdict on a reply and, when dissatisfied, the specific reasons (HN-6). */
public record FeedbackCommand(Feedback verdict, Optional<String> reasons) {

    public FeedbackCommand {
        Checks.required("verdict", verdict);
        reasons = Checks.required("reasons", reasons).filter(r -> !r.isBlank());
    }
}
