package org.lvzhi.application.motion.event;

import org.lvzhi.application.event.Event;
import org.lvzhi.domain.motion.JointProposalId;
import org.lvzhi.domain.motion.ProposalKind;
import org.lvzhi.domain.motion.ProposalState;

/** Deputies filed a joint proposal (a motion, an inquiry, a recall…) with their signatures. */
public record JointProposalFiled(JointProposalId proposalId, ProposalKind kind, ProposalState state, int signatories) implements Event {

    @Override
    public String code() {
        return "joint-proposal.filed";
    }
}
