package org.lvzhi.application.archive.port.in;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.deputy.DeputyId;

/**
 * What a draft profile would change in the verdicts of one day: the deputies judged, those whose worst quota status
 * would change, and the supervision cases the draft would open that the profile in force does not.
 */
public record VerdictPreview(LocalDate on, int judged, List<StatusChange> statusChanges, List<CaseToOpen> casesToOpen) {

    public VerdictPreview {
        statusChanges = List.copyOf(statusChanges);
        casesToOpen = List.copyOf(casesToOpen);
    }

    /** A deputy whose worst quota status would move. */
    public record StatusChange(DeputyId deputy, String name, QuotaStatus before, QuotaStatus after) {
    }

    /** A case the draft would open: the rule and its step, the action and who takes it. */
    public record CaseToOpen(DeputyId deputy, String name, String rule, String article, int step, String action, String actor) {
    }
}
