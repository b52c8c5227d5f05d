package org.lvzhi.application.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.motion.port.out.JointProposalPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.motion.JointProposal;
import org.lvzhi.domain.motion.JointProposalId;
import org.lvzhi.domain.motion.ProposalKind;

/** The joint proposals of each congress; listed latest filed first. */
public final class InMemoryProposals implements JointProposalPort {

    private final TenantTable<JointProposalId, JointProposal> proposals;

    public InMemoryProposals(InMemoryTransactions transactions) {
        this.proposals = new TenantTable<>("joint proposal", transactions);
    }

    @Override
    public void add(JointProposal proposal) {
        proposals.insert(proposal.id(), proposal);
    }

    @Override
    public void update(JointProposal proposal) {
        proposals.update(proposal.id(), proposal);
    }

    @Override
    public Optional<JointProposal> find(JointProposalId id) {
        return proposals.find(id);
    }

    @Override
    public Page<JointProposal> list(Optional<ProposalKind> kind, PageRequest page) {
        return Paging.page(proposals.visible()
                .filter(p -> kind.map(k -> p.kind() == k).orElse(true))
                .sorted(Comparator.comparing(JointProposal::filedOn).reversed())
                .toList(), page);
    }

    /** Every proposal stored for the congress. */
    public List<JointProposal> stored(CongressId congress) {
        return proposals.stored(congress);
    }
}
