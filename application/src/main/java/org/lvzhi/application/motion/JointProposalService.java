package org.lvzhi.application.motion;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.lvzhi.application.congress.port.out.LoadCongressPort;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.duty.port.in.FactsObserver;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.event.Event;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.motion.event.JointProposalAnswerJudged;
import org.lvzhi.application.motion.event.JointProposalDecided;
import org.lvzhi.application.motion.event.JointProposalFiled;
import org.lvzhi.application.motion.event.JointProposalSignaturesWithdrawn;
import org.lvzhi.application.motion.port.in.DecisionCommand;
import org.lvzhi.application.motion.port.in.FileProposalCommand;
import org.lvzhi.application.motion.port.in.JointProposalUseCases;
import org.lvzhi.application.motion.port.in.MotionAccess;
import org.lvzhi.application.motion.port.in.WithdrawalCommand;
import org.lvzhi.application.motion.port.out.JointProposalPort;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.motion.JointProposal;
import org.lvzhi.domain.motion.JointProposalId;
import org.lvzhi.domain.motion.PresidiumDecision;
import org.lvzhi.domain.motion.PresidiumOutcome;
import org.lvzhi.domain.motion.ProposalKind;
import org.lvzhi.domain.motion.SignatureThreshold;
import org.lvzhi.domain.policy.RefusalCategory;
import org.lvzhi.domain.shared.Messages;

@Singleton
class JointProposalService implements JointProposalUseCases {

    static final String REANSWER = "INQUIRY_REANSWER";
    private static final Messages MESSAGES = Messages.of(JointProposalService.class);

    private final TransactionPort transactions;
    private final JointProposalPort proposals;
    private final Signatories signatories;
    private final LoadCongressPort congresses;
    private final PolicyProfileQueries profiles;
    private final DutyRecordPort records;
    private final FactsObserver observer;
    private final NotificationPort notifications;
    private final Clock clock;

    JointProposalService(TransactionPort transactions, JointProposalPort proposals, Signatories signatories,
            LoadCongressPort congresses, PolicyProfileQueries profiles, DutyRecordPort records, FactsObserver observer,
            NotificationPort notifications,
            Clock clock) {
        this.transactions = transactions;
        this.proposals = proposals;
        this.signatories = signatories;
        this.congresses = congresses;
        this.profiles = profiles;
        this.records = records;
        this.observer = observer;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public JointProposal file(ActingCaller caller, FileProposalCommand command) {
        return transactions.inCongress(caller.congress(), () -> {
            LocalDate today = LegalDate.today(clock);
            List<DeputyView> signers = signatories.serving(command.signatories());
            if (!actsForSponsors(caller) && signatories.seatOf(caller).filter(command.signatories()::contains).isEmpty()) {
                throw new AccessDenied(MESSAGES.text("file.denied", command.kind()));
            }
            TermId term = signers.getFirst().deputy().term();
            SignatureThreshold threshold = threshold(caller.congress(), command.kind().thresholdSubject(), today,
                    () -> signatories.servingIn(term))
                    .orElseThrow(() -> MESSAGES.violation("kind", "kind.not-at-level", command.kind(), level(caller.congress())));
            JointProposal filed = JointProposal.file(command.kind(), term, command.text(), command.signatories(), threshold,
                    today, caller.subject());
            proposals.add(filed);
            command.kind().recordType().ifPresent(type -> fileRecords(caller, filed, type));
            announce(caller, new JointProposalFiled(filed.id(), filed.kind(), filed.state(), filed.signatories().size()));
            return filed;
        });
    }

    @Override
    public JointProposal find(ActingCaller caller, JointProposalId id) {
        checkReader(caller);
        return transactions.readInCongress(caller.congress(), () -> proposal(id));
    }

    @Override
    public Page<JointProposal> list(ActingCaller caller, Optional<ProposalKind> kind, PageRequest page) {
        checkReader(caller);
        return transactions.readInCongress(caller.congress(), () -> proposals.list(kind, page));
    }

    /** Staff record any sponsors' withdrawal and the presidium's consent; a deputy withdraws their own signature only. */
    @Override
    public JointProposal withdraw(ActingCaller caller, JointProposalId id, WithdrawalCommand command) {
        return transactions.inCongress(caller.congress(), () -> {
            JointProposal proposal = proposal(id);
            if (!actsForSponsors(caller)) {
                Optional<DeputyId> own = signatories.seatOf(caller);
                if (own.isEmpty() || !command.signatories().equals(List.of(own.get())) || command.presidiumConsent()) {
                    throw new AccessDenied(MESSAGES.text("withdraw.denied"));
                }
            }
            JointProposal changed = proposal.withdraw(command.signatories(), command.presidiumConsent(), LegalDate.today(clock));
            proposals.update(changed);
            announce(caller, new JointProposalSignaturesWithdrawn(changed.id(), changed.kind(), changed.state(),
                    command.signatories().size()));
            return changed;
        });
    }

    @Override
    public JointProposal decide(ActingCaller caller, JointProposalId id, DecisionCommand command) {
        checkStaff(caller);
        return transactions.inCongress(caller.congress(), () -> {
            LocalDate today = LegalDate.today(clock);
            LocalDate decidedOn = command.decidedOn().orElse(today);
            if (decidedOn.isAfter(today)) {
                throw MESSAGES.violation("decidedOn", "decided-on.future");
            }
            Optional<String> note = command.category().isPresent() ? Optional.of(refusal(caller.congress(), command, decidedOn)) : command.note();
            JointProposal changed = proposal(id).decide(new PresidiumDecision(command.outcome(), note, decidedOn, caller.subject()));
            proposals.update(changed);
            announce(caller, new JointProposalDecided(changed.id(), changed.kind(), changed.state(), command.outcome(), decidedOn));
            return changed;
        });
    }

    @Override
    public JointProposal recordAnswerVerdict(ActingCaller caller, JointProposalId id, List<DeputyId> dissatisfied) {
        checkStaff(caller);
        return transactions.inCongress(caller.congress(), () -> {
            LocalDate today = LegalDate.today(clock);
            JointProposal inquiry = proposal(id);
            SignatureThreshold half = threshold(caller.congress(), REANSWER, today, () -> inquiry.sponsors().size())
                    .orElseThrow(() -> MESSAGES.violation("dissatisfied", "reanswer.no-rule"));
            JointProposal changed = inquiry.recordAnswerVerdict(dissatisfied, half, today, caller.subject());
            proposals.update(changed);
            announce(caller, new JointProposalAnswerJudged(changed.id(), changed.kind(), changed.state(), dissatisfied.size()));
            return changed;
        });
    }

    private void announce(ActingCaller caller, Event event) {
        notifications.send(Notification.of(caller.congress(), event, List.of()));
    }

    private Optional<SignatureThreshold> threshold(CongressId congress, String subject, LocalDate on,
            IntSupplier whole) {
        return SignatureThreshold.in(profiles.effectiveIn(congress, on), subject, level(congress), whole);
    }

    private Level level(CongressId congress) {
        return congresses.find(congress).orElseThrow(() -> new NotFound("congress", congress)).level();
    }

    /** Each signatory's archive holds the motion, lead sponsor or co-sponsor alike (JD-18 counts both). */
    private void fileRecords(ActingCaller caller, JointProposal filed, String type) {
        for (DeputyId deputy : filed.signatories()) {
            records.add(DutyRecord.registered(deputy, type, filed.filedOn(), Optional.empty(), Optional.empty(),
                    Optional.of(MESSAGES.text("record.note", filed.kind(), filed.text().title(), filed.id())), caller.subject()));
            observer.filed(caller.congress(), deputy);
        }
    }

    private JointProposal proposal(JointProposalId id) {
        return proposals.find(id).orElseThrow(() -> new NotFound("joint proposal", id));
    }


    private static void checkStaff(ActingCaller caller) {
        if (!MotionAccess.GRANTS.allows(caller, MotionAccess.DECIDE)) {
            throw new AccessDenied(MESSAGES.text("staff-only"));
        }
    }

    private static void checkReader(ActingCaller caller) {
        if (!MotionAccess.GRANTS.allows(caller, MotionAccess.READ)) {
            throw new AccessDenied(MESSAGES.text("read.denied"));
        }
    }

    /** The reason a motion is not accepted under one of the profile's categories that refuse motions (HN-5). */
    private String refusal(CongressId congress, DecisionCommand command, LocalDate on) {
        if (command.outcome() != PresidiumOutcome.NOT_ACCEPTED) {
            throw MESSAGES.violation("category", "category.not-refusal", command.outcome());
        }
        List<RefusalCategory> categories = RefusalCategory.in(profiles.effectiveIn(congress, on), RefusalCategory.MOTION);
        RefusalCategory category = categories.stream().filter(c -> c.category().code().equals(command.category().orElseThrow()))
                .findFirst().orElseThrow(() -> MESSAGES.violation("category", "category.unknown", command.category().orElseThrow(),
                        categories.isEmpty() ? MESSAGES.text("category.none") : RefusalCategory.listed(categories)));
        return command.note().map(note -> MESSAGES.text("category.with-note", category.citation(), note)).orElseGet(category::citation);
    }

    private static boolean actsForSponsors(ActingCaller caller) {
        return MotionAccess.GRANTS.allows(caller, MotionAccess.ACT_FOR_SPONSORS);
    }
}
