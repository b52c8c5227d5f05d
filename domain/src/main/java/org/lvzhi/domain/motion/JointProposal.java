package org.lvzhi.domain.motion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Violations;

/**
 * A proposal deputies make jointly (议案、质询案、罢免案、特定问题调查委员会的提议): its text, its signatories in order (the
 * first is the lead sponsor), the threshold it was filed under, those who withdrew, the presidium's decision and, for
 * an inquiry, the signatories' verdict on the answer. The threshold is the one in force when it was filed: later
 * withdrawals are measured against the same number.
 */
public record JointProposal(
        JointProposalId id,
        ProposalKind kind,
        TermId term,
        ProposalText text,
        List<DeputyId> signatories,
        List<DeputyId> withdrawn,
        SignatureThreshold threshold,
        LocalDate filedOn,
        String filedBy,
        ProposalState state,
        Optional<LocalDate> endedOn,
        Optional<PresidiumDecision> decision,
        Optional<AnswerVerdict> answer) {

    private static final Messages MESSAGES = Messages.of(JointProposal.class);

    public JointProposal {
        Checks.required("id", id);
        Checks.required("kind", kind);
        Checks.required("termId", term);
        Checks.required("text", text);
        signatories = List.copyOf(Checks.required("signatories", signatories));
        withdrawn = List.copyOf(Checks.required("withdrawn", withdrawn));
        Checks.required("threshold", threshold);
        Checks.required("filedOn", filedOn);
        Checks.required("filedBy", filedBy);
        Checks.required("state", state);
        Checks.required("endedOn", endedOn);
        Checks.required("decision", decision);
        Checks.required("answer", answer);
    }

    /**
     * Files a proposal: every part the threshold names present (each missing one named), the signatories distinct,
     * and as many as the threshold requires — refused with the article and the numbers otherwise.
     */
    public static JointProposal file(ProposalKind kind, TermId term, ProposalText text, List<DeputyId> signatories,
            SignatureThreshold threshold, LocalDate on, String filedBy) {
        Violations violations = new Violations();
        for (String part : threshold.requiredParts()) {
            if (text.part(part).isEmpty()) {
                violations.add(MESSAGES.violation(ProposalText.field(part), "part.missing",
                        MESSAGES.text("part." + part), kind, threshold.article()));
            }
        }
        Set<DeputyId> seen = new HashSet<>();
        for (int i = 0; i < signatories.size(); i++) {
            if (!seen.add(signatories.get(i))) {
                violations.add(MESSAGES.violation("signatories." + i, "signatory.duplicate", signatories.get(i)));
            }
        }
        if (!threshold.metBy(seen.size())) {
            violations.add(MESSAGES.violation("signatories", "signatories.too-few",
                    threshold.article(), kind, threshold.described(), seen.size()));
        }
        violations.throwIfAny();
        return new JointProposal(JointProposalId.random(), kind, term, text, signatories, List.of(), threshold, on, filedBy,
                ProposalState.FILED, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public DeputyId leadSponsor() {
        return signatories.getFirst();
    }

    /** The signatories who have not withdrawn, in their order. */
    public List<DeputyId> sponsors() {
        return signatories.stream().filter(deputy -> !withdrawn.contains(deputy)).toList();
    }

    /**
     * Some or all sponsors withdraw. All of them, with the presidium's consent, end it (WITHDRAWN); without consent the
     * withdrawal is refused. Some of them: it stays valid while the rest still meet the threshold, and lapses when
     * they do not (LAPSED) — the rest no longer make a proposal the law recognises.
     */
    public JointProposal withdraw(List<DeputyId> withdrawing, boolean presidiumConsent, LocalDate on) {
        checkOpen();
        Violations violations = new Violations();
        List<DeputyId> current = sponsors();
        Set<DeputyId> seen = new HashSet<>();
        for (int i = 0; i < withdrawing.size(); i++) {
            if (!current.contains(withdrawing.get(i)) || !seen.add(withdrawing.get(i))) {
                violations.add(MESSAGES.violation("signatories." + i, "withdrawal.not-a-sponsor", withdrawing.get(i)));
            }
        }
        if (withdrawing.isEmpty()) {
            violations.add(MESSAGES.violation("signatories", "withdrawal.empty"));
        }
        violations.throwIfAny();
        List<DeputyId> nowWithdrawn = new ArrayList<>(withdrawn);
        nowWithdrawn.addAll(withdrawing);
        int remaining = current.size() - withdrawing.size();
        if (remaining == 0 && !presidiumConsent) {
            throw MESSAGES.violation("presidiumConsent", "withdrawal.consent-required", kind, threshold.article());
        }
        ProposalState next = remaining == 0 ? ProposalState.WITHDRAWN
                : threshold.metBy(remaining) ? state : ProposalState.LAPSED;
        return new JointProposal(id, kind, term, text, signatories, nowWithdrawn, threshold, filedOn, filedBy, next,
                next.isOpen() ? endedOn : Optional.of(on), decision, answer);
    }

    /**
     * Records the presidium's decision. A filed proposal may go on the agenda, to a committee first, or be refused; one
     * referred to a committee then goes on the agenda or is refused. A recall motion cannot be shelved (BL-12).
     */
    public JointProposal decide(PresidiumDecision decided) {
        checkOpen();
        boolean allowed = switch (state) {
            case FILED -> true;
            case REFERRED_TO_COMMITTEE -> decided.outcome() != PresidiumOutcome.REFERRED_TO_COMMITTEE;
            default -> false;
        };
        if (!allowed) {
            throw MESSAGES.violation("outcome", "decision.not-now", state, decided.outcome());
        }
        if (!kind.mayBeShelved() && decided.outcome() != PresidiumOutcome.PLACED_ON_AGENDA) {
            throw MESSAGES.violation("outcome", "decision.recall-not-shelved", threshold.article());
        }
        if (decided.outcome() == PresidiumOutcome.NOT_ACCEPTED && decided.note().isEmpty()) {
            throw MESSAGES.violation("note", "decision.reason-required");
        }
        if (decided.decidedOn().isBefore(filedOn)) {
            throw MESSAGES.violation("decidedOn", "decision.before-filing", filedOn);
        }
        ProposalState next = decided.outcome().state();
        return new JointProposal(id, kind, term, text, signatories, withdrawn, threshold, filedOn, filedBy, next,
                next == ProposalState.NOT_ACCEPTED ? Optional.of(decided.decidedOn()) : endedOn, Optional.of(decided), answer);
    }

    /**
     * Records which signatories of an inquiry were dissatisfied with the answer; with half or more of them (the
     * threshold given, from the profile) another answer may be ordered (BL-11).
     */
    public JointProposal recordAnswerVerdict(List<DeputyId> dissatisfied, SignatureThreshold reanswer, LocalDate on, String by) {
        if (kind != ProposalKind.INQUIRY) {
            throw MESSAGES.violation("kind", "answer.not-an-inquiry", kind);
        }
        Violations violations = new Violations();
        List<DeputyId> current = sponsors();
        Set<DeputyId> seen = new HashSet<>();
        for (int i = 0; i < dissatisfied.size(); i++) {
            if (!current.contains(dissatisfied.get(i)) || !seen.add(dissatisfied.get(i))) {
                violations.add(MESSAGES.violation("dissatisfied." + i, "answer.not-a-sponsor", dissatisfied.get(i)));
            }
        }
        violations.throwIfAny();
        return new JointProposal(id, kind, term, text, signatories, withdrawn, threshold, filedOn, filedBy, state, endedOn,
                decision, Optional.of(new AnswerVerdict(dissatisfied, reanswer, on, by)));
    }

    private void checkOpen() {
        if (!state.isOpen()) {
            throw MESSAGES.violation("state", "proposal.ended", kind, state);
        }
    }
}
