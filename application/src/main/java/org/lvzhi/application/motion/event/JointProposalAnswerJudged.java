package org.lvzhi.application.motion.event;

import org.lvzhi.application.event.Event;
import org.lvzhi.domain.motion.JointProposalId;
import org.lvzhi.domain.motion.ProposalKind;
import org.lvzhi.domain.motion.ProposalState;

/** The sponsors of an inquiry judged its answer; with half of them dissatisfied it is answered again. */
public record JointProposalAnswerJudged(JointProposalId proposalId, ProposalKind kind, ProposalState state,
        int dissatisfied) implements Event {

    @Override
    public String code() {
        return "joint-proposal.answer-judged";
    }
}
