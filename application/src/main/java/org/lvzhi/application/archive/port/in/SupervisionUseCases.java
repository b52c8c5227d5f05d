package org.lvzhi.application.archive.port.in;

import java.util.List;
import java.util.Optional;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.supervision.CaseOutcome;
import org.lvzhi.domain.supervision.CaseState;
import org.lvzhi.domain.supervision.SupervisionCase;
import org.lvzhi.domain.supervision.SupervisionCaseId;

/** Supervision cases: listing them, evaluating a deputy now, opening discretionary ones and closing them. */
public interface SupervisionUseCases {

    Slice<SupervisionCase> list(ActingCaller caller, Optional<CaseState> state, KeysetRequest page);

    SupervisionCase find(ActingCaller caller, SupervisionCaseId id);

    /** Judges the deputy's term again today, withdrawing the cases no longer supported; answers the cases it opened. */
    List<SupervisionCase> review(ActingCaller caller, DeputyId deputy);

    /** A case staff open under a DISCRETIONARY rule (JD-29) at the step for the severity they judged. */
    SupervisionCase openDiscretionary(ActingCaller caller, DeputyId deputy, String rule, String severity, String reason);

    /** Closes the case; a termination proceeding closed CONFIRMED terminates the deputy's qualification. */
    SupervisionCase close(ActingCaller caller, SupervisionCaseId id, CaseOutcome outcome, String note);
}
