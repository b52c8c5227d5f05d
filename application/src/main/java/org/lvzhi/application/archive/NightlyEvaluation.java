package org.lvzhi.application.archive;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.archive.port.in.NightlyEvaluationUseCase;
import org.lvzhi.application.archive.port.out.ComplianceStandingPort;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;

/**
 * Each night, per congress: supervision rules for every serving deputy of the term in force (the rolling and
 * yearly triggers fire with the passing of time, not with a new fact), then its ranking rules for all of them together
 * (the congress scored and ranked once, not per deputy), then the compliance overview.
 */
@Singleton
class NightlyEvaluation implements NightlyEvaluationUseCase {

    /** Deputies reviewed per transaction: their facts are read in a handful of statements for the whole batch. */
    private static final int BATCH = 1_000;

    private final TransactionPort transactions;
    private final LoadTermsPort terms;
    private final LoadDeputyPort deputies;
    private final SupervisionReview supervision;
    private final RankingReview rankings;
    private final ComplianceRun compliance;
    private final ComplianceStandingPort standings;
    private final PolicyProfileQueries profiles;

    NightlyEvaluation(TransactionPort transactions, LoadTermsPort terms, LoadDeputyPort deputies,
            SupervisionReview supervision, RankingReview rankings, ComplianceRun compliance, ComplianceStandingPort standings,
            PolicyProfileQueries profiles) {
        this.transactions = transactions;
        this.terms = terms;
        this.deputies = deputies;
        this.supervision = supervision;
        this.rankings = rankings;
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
        TermId term = current.get().id();
        int opened = 0;
        Optional<DeputyId> after = Optional.empty();
        Reviewed batch;
        do {
            // One transaction per batch of deputies: a province's night is many short transactions, not one long one.
            Optional<DeputyId> from = after;
            batch = transactions.inCongress(congress, () -> {
                List<DeputyView> serving = deputies.servingAfter(term, from, BATCH);
                return new Reviewed(serving.stream().map(deputy -> deputy.deputy().id()).reduce((first, last) -> last),
                        serving.size(), supervision.review(congress, serving, on).size());
            });
            opened += batch.opened();
            after = batch.last();
        } while (batch.deputies() == BATCH);
        opened += transactions.inCongress(congress, () -> rankings.review(congress, current.get(), on).size());
        transactions.inCongress(congress, () -> {
            StandingBuffer buffer = new StandingBuffer(standings);
            compliance.evaluate(profiles.effectiveIn(congress, on), current.get(), on, buffer::add);
            buffer.flush();
            return null;
        });
        return opened;
    }

    /** A batch of deputies reviewed: the last one's id (where the next batch starts), how many, and the cases opened. */
    private record Reviewed(Optional<DeputyId> last, int deputies, int opened) {
    }
}
