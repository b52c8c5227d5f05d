package org.lvzhi.domain.deputy;

import java.time.Instant;
import org.lvzhi.domain.shared.Checks;

/** One change of a deputy's status, kept for the record: from what to what, why, when and by whom. */
public record StatusChange(DeputyId deputy, DeputyStatus from, DeputyStatus to, String reason, Instant at, String by) {

    public static final int MAX_REASON_LENGTH = 500;

    public StatusChange {
        Checks.required("deputyId", deputy);
        Checks.required("from", from);
        Checks.required("status", to);
        reason = Checks.text("reason", reason, MAX_REASON_LENGTH);
        Checks.required("at", at);
        Checks.required("by", by);
    }
}
