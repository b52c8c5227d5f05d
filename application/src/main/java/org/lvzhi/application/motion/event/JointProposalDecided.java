package org.lvzhi.application.motion.event;

import java.time.LocalDate;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.motion.JointProposalId;
import org.lvzhi.domain.motion.PresidiumOutcome;
import org.lvzhi.domain.motion.ProposalKind;
import org.lvzhi.domain.motion.ProposalState;

/** Staff recorded the presidium's decision on a joint proposal. */
public record JointProposalDecided(JointProposalId proposalId, ProposalKind kind, ProposalState state,
        PresidiumOutcome outcome, LocalDate decidedOn) implements Event {

    @Override
    public String code() {
        return "joint-proposal.decided";
    }
}
