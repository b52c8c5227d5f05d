package org.lvzhi.application.archive;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.archive.event.SupervisionCaseClosed;
import org.lvzhi.application.archive.port.in.ArchiveAccess;
import org.lvzhi.application.archive.port.in.SupervisionUseCases;
import org.lvzhi.application.archive.port.out.SupervisionCasePort;
import org.lvzhi.application.deputy.port.in.ChangeDeputyStatusCommand;
import org.lvzhi.application.deputy.port.in.DeputyRegisterUseCase;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.duty.ArchiveReaders;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.supervision.CaseOutcome;
import org.lvzhi.domain.supervision.CaseState;
import org.lvzhi.domain.supervision.SupervisionCase;
import org.lvzhi.domain.supervision.SupervisionCaseId;
import org.lvzhi.domain.supervision.SupervisionEvaluator;

@Singleton
class SupervisionService implements SupervisionUseCases {

    private static final Messages MESSAGES = Messages.of(SupervisionService.class);

    private final TransactionPort transactions;
    private final SupervisionCasePort cases;
    private final SupervisionReview review;
    private final LoadDeputyPort deputies;
    private final DeputyRegisterUseCase register;
    private final PolicyProfileQueries profiles;
    private final NotificationPort notifications;
    private final Clock clock;

    SupervisionService(TransactionPort transactions, SupervisionCasePort cases, SupervisionReview review,
            LoadDeputyPort deputies, DeputyRegisterUseCase register, PolicyProfileQueries profiles,
            NotificationPort notifications, Clock clock) {
        this.transactions = transactions;
        this.cases = cases;
        this.review = review;
        this.deputies = deputies;
        this.register = register;
        this.profiles = profiles;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public Slice<SupervisionCase> list(ActingCaller caller, Optional<CaseState> state, KeysetRequest page) {
        if (!ArchiveAccess.GRANTS.allows(caller, ArchiveAccess.READ_OVERVIEW)) {
            throw new AccessDenied(MESSAGES.text("cases.denied"));
        }
        return transactions.readInCongress(caller.congress(), () -> cases.list(state, page));
    }

    @Override
    public SupervisionCase find(ActingCaller caller, SupervisionCaseId id) {
        return transactions.readInCongress(caller.congress(), () -> cases.find(id)
                .filter(found -> deputies.find(found.deputy()).filter(d -> ArchiveReaders.mayRead(caller, d)).isPresent())
                .orElseThrow(() -> new NotFound("supervision case", id)));
    }

    @Override
    public List<SupervisionCase> review(ActingCaller caller, DeputyId deputy) {
        checkHandler(caller);
        return transactions.inCongress(caller.congress(),
                () -> review.rejudge(caller.congress(), deputy(deputy), LegalDate.today(clock)));
    }

    @Override
    public SupervisionCase openDiscretionary(ActingCaller caller, DeputyId deputy, String rule, String severity, String reason) {
        checkHandler(caller);
        return transactions.inCongress(caller.congress(), () -> {
            DeputyView found = deputy(deputy);
            LocalDate today = LegalDate.today(clock);
            SupervisionCase opened = SupervisionCase.open(found.deputy().id(),
                    SupervisionEvaluator.discretionary(profiles.effectiveIn(caller.congress(), today), rule, severity, reason), today);
            if (cases.open(opened)) {
                review.announce(caller.congress(), found, opened);
            }
            return opened;
        });
    }

    @Override
    public SupervisionCase close(ActingCaller caller, SupervisionCaseId id, CaseOutcome outcome, String note) {
        checkHandler(caller);
        return transactions.inCongress(caller.congress(), () -> {
            SupervisionCase closed = cases.find(id).orElseThrow(() -> new NotFound("supervision case", id))
                    .close(outcome, note, caller.subject(), LegalDate.today(clock));
            cases.update(closed);
            notifications.send(Notification.of(caller.congress(), new SupervisionCaseClosed(closed.id(), closed.deputy(), closed.rule(),
                    closed.outcome().orElseThrow(), closed.note()), List.of()));
            if (closed.terminates()) {
                register.changeStatus(caller, closed.deputy(), new ChangeDeputyStatusCommand(DeputyStatus.TERMINATED,
                        MESSAGES.text("termination.reason", closed.id(), closed.rule(), closed.article())));
            }
            // A case closed unresolved may let the rule's next step open at once.
            deputies.find(closed.deputy()).ifPresent(found -> review.review(caller.congress(), found, LegalDate.today(clock)));
            return closed;
        });
    }

    private DeputyView deputy(DeputyId id) {
        return deputies.find(id).orElseThrow(() -> MESSAGES.violation("deputyId", "deputy.unknown", id));
    }

    private static void checkHandler(ActingCaller caller) {
        if (!ArchiveAccess.GRANTS.allows(caller, ArchiveAccess.SUPERVISE)) {
            throw new AccessDenied(MESSAGES.text("case.manage-denied"));
        }
    }
}
