package org.lvzhi.domain.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Violation;

class JointProposalTest {

    private static final LocalDate FILED_ON = LocalDate.of(2025, 3, 6);
    private static final SignatureThreshold COUNTY_MOTION = new SignatureThreshold("BL-8", "第八条", 10, Optional.empty(), 0,
            List.of("SUBJECT", "GROUNDS", "PROPOSAL"));
    private static final ProposalText FULL = new ProposalText("关于加强饮用水源保护的议案", Optional.of("饮用水源保护"),
            Optional.of("水源地周边污染"), Optional.of("制定水源保护条例"));

    private static List<DeputyId> deputies(int count) {
        return IntStream.range(0, count).mapToObj(i -> DeputyId.random()).toList();
    }

    private static JointProposal motionBy(List<DeputyId> signatories) {
        return JointProposal.file(ProposalKind.MOTION, TermId.random(), FULL, signatories, COUNTY_MOTION, FILED_ON, "liaison");
    }

    private static List<Violation> violations(Runnable code) {
        return catchThrowableOfType(InvariantViolation.class, code::run).violations();
    }

    @Test
    @DisplayName("BL-8: a county motion with 9 signatories is refused with the article and the numbers; with 10 it is filed")
    void tenOrMore() {
        var refused = violations(() -> motionBy(deputies(9)));
        JointProposal filed = motionBy(deputies(10));

        assertThat(refused).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("signatories");
            assertThat(v.message()).contains("第八条", "10人以上", "9人");
        });
        assertThat(filed.state()).isEqualTo(ProposalState.FILED);
        assertThat(filed.leadSponsor()).isEqualTo(filed.signatories().getFirst());
    }

    @Test
    @DisplayName("BL-8: a motion without subject, grounds and proposal is refused naming each missing part")
    void everyPartNamed() {
        ProposalText bare = new ProposalText("关于某事的议案", Optional.empty(), Optional.of(" "), Optional.empty());

        var refused = violations(() -> JointProposal.file(ProposalKind.MOTION, TermId.random(), bare, deputies(10),
                COUNTY_MOTION, FILED_ON, "liaison"));

        assertThat(refused).extracting(Violation::field).containsExactly("subject", "grounds", "proposal");
        assertThat(refused.getFirst().message()).contains("案由", "第八条");
    }

    @Test
    @DisplayName("the same deputy twice counts once and is named on its index")
    void duplicatesNamed() {
        List<DeputyId> ten = deputies(10);
        List<DeputyId> withRepeat = new java.util.ArrayList<>(ten.subList(0, 9));
        withRepeat.add(ten.getFirst());

        var refused = violations(() -> motionBy(withRepeat));

        assertThat(refused).extracting(Violation::field).containsExactly("signatories.9", "signatories");
    }

    @Test
    @DisplayName("BL-8: withdrawal by some sponsors keeps the motion valid while the rest meet the threshold; below it, it lapses")
    void partialWithdrawal() {
        List<DeputyId> twelve = deputies(12);
        JointProposal motion = motionBy(twelve);

        JointProposal afterTwo = motion.withdraw(twelve.subList(10, 12), false, FILED_ON.plusDays(1));
        JointProposal afterThree = afterTwo.withdraw(List.of(twelve.get(9)), false, FILED_ON.plusDays(2));

        assertThat(afterTwo.state()).isEqualTo(ProposalState.FILED);
        assertThat(afterTwo.sponsors()).hasSize(10);
        assertThat(afterThree.state()).isEqualTo(ProposalState.LAPSED);
        assertThat(afterThree.endedOn()).contains(FILED_ON.plusDays(2));
    }

    @Test
    @DisplayName("BL-8: withdrawal by all sponsors needs the presidium's consent, and with it ends the motion")
    void fullWithdrawal() {
        List<DeputyId> ten = deputies(10);
        JointProposal motion = motionBy(ten);

        var withoutConsent = violations(() -> motion.withdraw(ten, false, FILED_ON));
        JointProposal withdrawn = motion.withdraw(ten, true, FILED_ON.plusDays(1));

        assertThat(withoutConsent).extracting(Violation::field).containsExactly("presidiumConsent");
        assertThat(withdrawn.state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(violations(() -> withdrawn.withdraw(List.of(ten.getFirst()), true, FILED_ON)))
                .extracting(Violation::field).containsExactly("state");
    }

    @Test
    @DisplayName("a deputy who is not a sponsor cannot withdraw")
    void strangerCannotWithdraw() {
        JointProposal motion = motionBy(deputies(10));

        assertThat(violations(() -> motion.withdraw(List.of(DeputyId.random()), false, FILED_ON)))
                .extracting(Violation::field).containsExactly("signatories.0");
    }

    @Test
    @DisplayName("the presidium's decision is recorded; a refusal needs a reason; a recall motion cannot be shelved (BL-12)")
    void presidiumDecision() {
        JointProposal motion = motionBy(deputies(10));
        var referred = motion.decide(new PresidiumDecision(PresidiumOutcome.REFERRED_TO_COMMITTEE, Optional.empty(),
                FILED_ON.plusDays(1), "liaison"));
        var placed = referred.decide(new PresidiumDecision(PresidiumOutcome.PLACED_ON_AGENDA, Optional.of("经法制委员会审议"),
                FILED_ON.plusDays(3), "liaison"));
        JointProposal recall = JointProposal.file(ProposalKind.RECALL_MOTION, TermId.random(),
                new ProposalText("罢免某代表的议案", Optional.of("严重违法"), Optional.empty(), Optional.empty()), deputies(3),
                new SignatureThreshold("BL-12", "第十二条", 3, Optional.empty(), 0, List.of()), FILED_ON, "liaison");

        assertThat(placed.state()).isEqualTo(ProposalState.PLACED_ON_AGENDA);
        assertThat(placed.decision()).get().extracting(PresidiumDecision::decidedOn).isEqualTo(FILED_ON.plusDays(3));
        assertThat(violations(() -> motion.decide(new PresidiumDecision(PresidiumOutcome.NOT_ACCEPTED, Optional.empty(),
                FILED_ON, "liaison")))).extracting(Violation::field).containsExactly("note");
        assertThat(violations(() -> recall.decide(new PresidiumDecision(PresidiumOutcome.NOT_ACCEPTED, Optional.of("搁置"),
                FILED_ON, "liaison")))).singleElement().satisfies(v -> assertThat(v.message()).contains("不得搁置", "第十二条"));
    }

    @Test
    @DisplayName("BL-11: another answer when half or more of the signatories are dissatisfied — 5 of 10 yes, 4 of 10 no")
    void inquiryReanswer() {
        List<DeputyId> ten = deputies(10);
        JointProposal inquiry = JointProposal.file(ProposalKind.INQUIRY, TermId.random(),
                new ProposalText("对某局的质询案", Optional.of("水污染治理"), Optional.empty(), Optional.empty()), ten,
                new SignatureThreshold("BL-11", "第十一条", 10, Optional.empty(), 0, List.of()), FILED_ON, "liaison");
        SignatureThreshold half = new SignatureThreshold("BL-11", "第十一条", new Share(1, 2).of(10), Optional.of(new Share(1, 2)),
                10, List.of());

        var five = inquiry.recordAnswerVerdict(ten.subList(0, 5), half, FILED_ON.plusDays(5), "liaison");
        var four = inquiry.recordAnswerVerdict(ten.subList(0, 4), half, FILED_ON.plusDays(5), "liaison");

        assertThat(five.answer().orElseThrow().reanswerRequired()).isTrue();
        assertThat(four.answer().orElseThrow().reanswerRequired()).isFalse();
        assertThat(violations(() -> motionBy(ten).recordAnswerVerdict(List.of(), half, FILED_ON, "liaison")))
                .extracting(Violation::field).containsExactly("kind");
    }
}
