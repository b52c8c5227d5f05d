package org.lvzhi.application.report.port.out;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.motion.JointProposalId;
import org.lvzhi.domain.motion.PresidiumOutcome;
import org.lvzhi.domain.motion.ProposalKind;
import org.lvzhi.domain.motion.ProposalState;

/**
 * A joint proposal (a motion, an inquiry …) the deputy signed, as a duty report lists it: leading it ({@code lead}) or
 * joining it, whether they later withdrew, where it stands and the presidium's decision.
 */
public record ProposalLine(
        JointProposalId id,
        ProposalKind kind,
        String title,
        LocalDate filedOn,
        boolean lead,
        boolean withdrawn,
        ProposalState state,
        Optional<PresidiumOutcome> decision,
        Optional<LocalDate> decidedOn) {
}
