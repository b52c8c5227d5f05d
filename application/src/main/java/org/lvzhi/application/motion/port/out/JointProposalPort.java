package org.lvzhi.application.motion.port.out;

import java.util.Optional;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.motion.JointProposal;
import org.lvzhi.domain.motion.JointProposalId;
import org.lvzhi.domain.motion.ProposalKind;

/** The acting congress's joint proposals with their signatories. */
public interface JointProposalPort {

    void add(JointProposal proposal);

    void update(JointProposal proposal);

    Optional<JointProposal> find(JointProposalId id);

    /** Latest filed first. */
    Page<JointProposal> list(Optional<ProposalKind> kind, PageRequest page);
}
