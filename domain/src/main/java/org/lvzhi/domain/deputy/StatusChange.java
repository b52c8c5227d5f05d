package org.lvzhi.domain.deputy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.shared.Checks;

/**
 * One change of a deputy's status, kept for the record: from what to what, why, when and by whom; a resignation with its
 * acceptance by the body outside the platform the deputy's level names (BL-31).
 */
public record StatusChange(
        DeputyId deputy, DeputyStatus from, DeputyStatus to, String reason, Instant at, String by, Optional<Acceptance> acceptance) {

    public static final int MAX_REASON_LENGTH = 500;
    /**
     * The statutory rule a resignation rests on (the baseline every profile inherits): “代表可以向…书面提出辞职”, accepted by
     * the standing committee or congress the deputy's level names, never by the platform.
     */
    public static final String RESIGNATION_RULE = "BL-31";

    /** The outside body's acceptance of a resignation: the day it took effect, its document, and the rule cited with its article. */
    public record Acceptance(LocalDate on, String documentReference, Optional<String> rule) {

        public static final int MAX_REFERENCE_LENGTH = 100;

        public Acceptance {
            Checks.required("acceptedOn", on);
            documentReference = Checks.text("documentReference", documentReference, MAX_REFERENCE_LENGTH);
            Checks.required("rule", rule);
        }
    }

    public StatusChange(DeputyId deputy, DeputyStatus from, DeputyStatus to, String reason, Instant at, String by) {
        this(deputy, from, to, reason, at, by, Optional.empty());
    }

    public StatusChange {
        Checks.required("deputyId", deputy);
        Checks.required("from", from);
        Checks.required("status", to);
        reason = Checks.text("reason", reason, MAX_REASON_LENGTH);
        Checks.required("at", at);
        Checks.required("by", by);
        Checks.required("acceptance", acceptance);
    }
}
