package org.lvzhi.application.archive;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.archive.port.in.PreviewProfileChangeUseCase;
import org.lvzhi.application.archive.port.in.VerdictPreview;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.policy.port.in.EditPolicyProfileUseCase;
import org.lvzhi.application.policy.port.in.PolicyAccess;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.supervision.CaseOpening;
import org.lvzhi.domain.supervision.SupervisionEvaluator;

/**
 * Today's verdicts under the profile in force and under a draft, side by side: the nightly run's compliance and
 * supervision judgments, in a read-only transaction, with nothing stored, opened or told.
 */
@Singleton
class ProfileChangePreview implements PreviewProfileChangeUseCase {

    private static final Messages MESSAGES = Messages.of(ProfileChangePreview.class);
    private static final int BATCH = 1_000;

    private final TransactionPort transactions;
    private final LoadTermsPort terms;
    private final LoadDeputyPort deputies;
    private final SupervisionReview supervision;
    private final ComplianceRun compliance;
    private final PolicyProfileQueries profiles;
    private final EditPolicyProfileUseCase editing;
    private final Clock clock;

    ProfileChangePreview(TransactionPort transactions, LoadTermsPort terms, LoadDeputyPort deputies, SupervisionReview supervision,
            ComplianceRun compliance, PolicyProfileQueries profiles, EditPolicyProfileUseCase editing, Clock clock) {
        this.transactions = transactions;
        this.terms = terms;
        this.deputies = deputies;
        this.supervision = supervision;
        this.compliance = compliance;
        this.profiles = profiles;
        this.editing = editing;
        this.clock = clock;
    }

    @Override
    public VerdictPreview preview(ActingCaller caller, String document) {
        if (!PolicyAccess.GRANTS.allows(caller, PolicyAccess.MANAGE)) {
            throw new AccessDenied(MESSAGES.text("preview.denied"));
        }
        LocalDate on = LegalDate.today(clock);
        EffectiveProfile draft = editing.effectiveWith(caller, document, on);
        EffectiveProfile inForce = profiles.effectiveIn(caller.congress(), on);
        return transactions.readInCongress(caller.congress(), () -> terms.calendar().termOn(on)
                .map(term -> compare(term, inForce, draft, on))
                .orElseGet(() -> new VerdictPreview(on, 0, List.of(), List.of())));
    }

    private VerdictPreview compare(Term term, EffectiveProfile inForce, EffectiveProfile draft, LocalDate on) {
        Map<DeputyId, String> names = new LinkedHashMap<>();
        List<VerdictPreview.CaseToOpen> opening = new ArrayList<>();
        Optional<DeputyId> after = Optional.empty();
        List<DeputyView> batch;
        do {
            batch = deputies.servingAfter(term.id(), after, BATCH);
            batch.forEach(deputy -> names.put(deputy.deputy().id(), deputy.person().name().value()));
            for (SupervisionReview.Supervised one : supervision.supervised(batch, on, List.of(inForce, draft))) {
                List<CaseOpening> already = SupervisionEvaluator.evaluate(inForce, one.facts(), on);
                SupervisionEvaluator.evaluate(draft, one.facts(), on).stream().filter(opened -> !already.contains(opened))
                        .map(opened -> new VerdictPreview.CaseToOpen(one.deputy().deputy().id(), one.deputy().person().name().value(),
                                opened.rule(), opened.article(), opened.step(), opened.action(), opened.actor()))
                        .forEach(opening::add);
            }
            after = batch.isEmpty() ? after : Optional.of(batch.getLast().deputy().id());
        } while (batch.size() == BATCH);
        Map<DeputyId, QuotaStatus> before = worst(inForce, term, on);
        Map<DeputyId, QuotaStatus> afterChange = worst(draft, term, on);
        List<VerdictPreview.StatusChange> changes = new ArrayList<>();
        names.forEach((deputy, name) -> {
            QuotaStatus was = before.getOrDefault(deputy, QuotaStatus.MET);
            QuotaStatus would = afterChange.getOrDefault(deputy, QuotaStatus.MET);
            if (was != would) {
                changes.add(new VerdictPreview.StatusChange(deputy, name, was, would));
            }
        });
        return new VerdictPreview(on, names.size(), changes, opening);
    }

    private Map<DeputyId, QuotaStatus> worst(EffectiveProfile profile, Term term, LocalDate on) {
        Map<DeputyId, QuotaStatus> worst = new HashMap<>();
        compliance.evaluate(profile, term, on, (deputy, judged) -> worst.put(deputy, judged.worst()));
        return worst;
    }
}
