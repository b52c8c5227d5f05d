package org.lvzhi.application.motion.port.in;

import java.util.List;
import java.util.Optional;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.motion.JointProposal;
import org.lvzhi.domain.motion.JointProposalId;
import org.lvzhi.domain.motion.ProposalKind;

/** Motions and the other proposals deputies make jointly, each against its threshold (BL-8, BL-11, BL-12, BL-14). */
public interface JointProposalUseCases {

    /** Files the proposal; a motion files a MOTION duty record in each signatory's archive. */
    JointProposal file(ActingCaller caller, FileProposalCommand command);

    JointProposal find(ActingCaller caller, JointProposalId id);

    /** Latest first, of one kind or all. */
    Page<JointProposal> list(ActingCaller caller, Optional<ProposalKind> kind, PageRequest page);

    JointProposal withdraw(ActingCaller caller, JointProposalId id, WithdrawalCommand command);

    JointProposal decide(ActingCaller caller, JointProposalId id, DecisionCommand command);

    /** Records which signatories of an inquiry were dissatisfied with the answer (BL-11). */
    JointProposal recordAnswerVerdict(ActingCaller caller, JointProposalId id, List<DeputyId> dissatisfied);
}
