package org.lvzhi.application.motion.event;

import org.lvzhi.application.event.Event;
import org.lvzhi.domain.motion.JointProposalId;
import org.lvzhi.domain.motion.ProposalKind;
import org.lvzhi.domain.motion.ProposalState;

/** Sponsors withdrew their signatures from a joint proposal; it may have fallen below its threshold. */
public record JointProposalSignaturesWithdrawn(JointProposalId proposalId, ProposalKind kind, ProposalState state,
        int withdrawn) implements Event {

    @Override
    public String code() {
        return "joint-proposal.signatures-withdrawn";
    }
}
