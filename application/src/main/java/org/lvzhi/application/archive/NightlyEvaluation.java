package org.lvzhi.application.archive;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.application.archive.port.in.NightlyEvaluationUseCase;
import org.lvzhi.application.archive.port.out.ComplianceStandingPort;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.DeputyStatus;

/**
 * Each night, per congress: supervision rules for every serving deputy of the term in force (the rolling and
 * yearly triggers fire with the passing of time, not with a new fact), then the compliance overview.
 */
@Singleton
class NightlyEvaluation implements NightlyEvaluationUseCase {

    private final TransactionPort transactions;
    private final LoadTermsPort terms;
    private final LoadDeputyPort deputies;
    private final SupervisionReview supervision;
    private final ComplianceRun compliance;
    private final ComplianceStandingPort standings;
    private final PolicyProfileQueries profiles;

    NightlyEvaluation(TransactionPort transactions, LoadTermsPort terms, LoadDeputyPort deputies,
            SupervisionReview supervision, ComplianceRun compliance, ComplianceStandingPort standings,
            PolicyProfileQueries profiles) {
        this.transactions = transactions;
        this.terms = terms;
        this.deputies = deputies;
        this.supervision = supervision;
        this.compliance = compliance;
        this.standings = standings;
        this.profiles = profiles;
    }

    @Override
    public int evaluate(CongressId congress, LocalDate on) {
        Optional<Term> current = transactions.readInCongress(congress, () -> terms.calendar().termOn(on));
        if (current.isEmpty()) {
            return 0;
        }
        int opened = 0;
        long total;
        int number = 0;
        do {
            // One transaction per page of deputies: a province's night is many short transactions, not one long one.
            PageRequest page = new PageRequest(number++, PageRequest.MAX_SIZE);
            Page<DeputyView> serving = transactions.readInCongress(congress, () -> deputies.search(servingIn(current.get()), page));
            opened += transactions.inCongress(congress, () -> supervision.review(congress, serving.items(), on).size());
            total = serving.total();
        } while ((long) number * PageRequest.MAX_SIZE < total);
        transactions.inCongress(congress, () -> {
            StandingBuffer buffer = new StandingBuffer(standings);
            compliance.evaluate(profiles.effectiveIn(congress, on), current.get(), on, buffer::add);
            buffer.flush();
            return null;
        });
        return opened;
    }

    private static DeputySearch servingIn(Term term) {
        return new DeputySearch(Optional.empty(), Optional.of(term.id()), Optional.of(DeputyStatus.ACTIVE),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
