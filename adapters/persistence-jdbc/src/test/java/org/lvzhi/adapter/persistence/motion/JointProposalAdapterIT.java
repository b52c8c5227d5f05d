package org.lvzhi.adapter.persistence.motion;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.motion.port.out.JointProposalPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.motion.AnswerVerdict;
import org.lvzhi.domain.motion.JointProposal;
import org.lvzhi.domain.motion.JointProposalId;
import org.lvzhi.domain.motion.PresidiumDecision;
import org.lvzhi.domain.motion.PresidiumOutcome;
import org.lvzhi.domain.motion.ProposalKind;
import org.lvzhi.domain.motion.ProposalState;
import org.lvzhi.domain.motion.ProposalText;
import org.lvzhi.domain.motion.Share;
import org.lvzhi.domain.motion.SignatureThreshold;

class JointProposalAdapterIT extends TenantIT {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 12);
    private static final SignatureThreshold TEN = new SignatureThreshold("DL-18", "地方组织法第十八条", 10, Optional.empty(), 0,
            List.of(ProposalText.SUBJECT, ProposalText.PROPOSAL));
    private static final SignatureThreshold FIFTH = new SignatureThreshold("DL-24", "地方组织法第二十四条", 20, Optional.of(new Share(1, 5)),
            96, List.of());

    @Inject JointProposalPort proposals;

    @Test
    @DisplayName("a proposal keeps its text, signatories in order, threshold and filing; withdrawals, decision and answer survive an update")
    void roundTripAndUpdate() {
        DeputyId first = deputy("领衔代表");
        DeputyId second = deputy("附议代表一");
        DeputyId third = deputy("附议代表二");
        JointProposal filed = new JointProposal(JointProposalId.random(), ProposalKind.INQUIRY, term,
                new ProposalText("关于县环保局执法不力的质询案", Optional.of("质询县环保局"), Optional.of("群众反映强烈。\n附件略"),
                        Optional.of("请局长到会答复")),
                List.of(second, first, third), List.of(), TEN, DAY, "staff-1", ProposalState.FILED, Optional.empty(), Optional.empty(),
                Optional.empty());
        run(() -> proposals.add(filed));
        JointProposal decided = new JointProposal(filed.id(), filed.kind(), term, filed.text(), filed.signatories(), List.of(third, second),
                TEN, DAY, "staff-1", ProposalState.PLACED_ON_AGENDA, Optional.of(DAY.plusDays(2)),
                Optional.of(new PresidiumDecision(PresidiumOutcome.PLACED_ON_AGENDA, Optional.of("提请大会审议"), DAY.plusDays(1), "主席团")),
                Optional.of(new AnswerVerdict(List.of(first), FIFTH, DAY.plusDays(3), "staff-2")));

        JointProposal stored = read(() -> proposals.find(filed.id())).orElseThrow();
        run(() -> proposals.update(decided));

        assertThat(stored).isEqualTo(filed);
        assertThat(read(() -> proposals.find(filed.id()))).contains(decided);
        assertThat(read(other, () -> proposals.find(filed.id()))).isEmpty();
    }

    @Test
    @DisplayName("proposals are listed latest filed first, of one kind when asked, a page at a time")
    void listByKind() {
        CongressId own = addCongress();
        TermId ownTerm = in(own, () -> addTerm(2021));
        DeputyId sponsor = in(own, () -> addDeputy(ownTerm, "提案人"));
        JointProposal motion = proposal(ownTerm, ProposalKind.MOTION, sponsor, "议案", DAY);
        JointProposal inquiry = proposal(ownTerm, ProposalKind.INQUIRY, sponsor, "质询", DAY.plusDays(1));
        JointProposal recall = proposal(ownTerm, ProposalKind.RECALL_MOTION, sponsor, "罢免", DAY.plusDays(2));
        run(own, () -> List.of(inquiry, recall, motion).forEach(proposals::add));

        Page<JointProposal> first = read(own, () -> proposals.list(Optional.empty(), new PageRequest(0, 2)));
        Page<JointProposal> second = read(own, () -> proposals.list(Optional.empty(), new PageRequest(1, 2)));
        Page<JointProposal> inquiries = read(own, () -> proposals.list(Optional.of(ProposalKind.INQUIRY), new PageRequest(0, 20)));

        assertThat(first.items()).extracting(p -> p.text().title()).containsExactly("罢免", "质询");
        assertThat(second.items()).extracting(p -> p.text().title()).containsExactly("议案");
        assertThat(first.total()).isEqualTo(3);
        assertThat(inquiries.items()).containsExactly(inquiry);
        assertThat(inquiries.total()).isEqualTo(1);
        assertThat(read(() -> proposals.list(Optional.empty(), new PageRequest(0, 20))).items()).doesNotContain(motion, inquiry, recall);
    }

    private static JointProposal proposal(TermId term, ProposalKind kind, DeputyId sponsor, String title, LocalDate filedOn) {
        return new JointProposal(JointProposalId.random(), kind, term, new ProposalText(title, Optional.empty(), Optional.empty(),
                Optional.empty()), List.of(sponsor), List.of(), TEN, filedOn, "staff", ProposalState.FILED, Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
