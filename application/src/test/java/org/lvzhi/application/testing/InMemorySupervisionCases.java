package org.lvzhi.application.testing;

import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.archive.port.out.SupervisionCasePort;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.supervision.CaseState;
import org.lvzhi.domain.supervision.SupervisionCase;
import org.lvzhi.domain.supervision.SupervisionCaseId;

/**
 * The supervision cases of each congress. Like the table's unique key (deputy, rule, trigger key) over the cases not
 * withdrawn, with {@code ON CONFLICT DO NOTHING}, opening a case a second time stores nothing and does not answer it.
 */
public final class InMemorySupervisionCases implements SupervisionCasePort {

    private static final Comparator<SupervisionCase> OLDEST_FIRST = Comparator.comparing(SupervisionCase::openedOn)
            .thenComparing(SupervisionCase::step).thenComparing(c -> c.id().value());
    private static final Comparator<SupervisionCase> NEWEST_FIRST =
            Comparator.comparing(SupervisionCase::openedOn).thenComparing(c -> c.id().value()).reversed();

    private final InMemoryTransactions transactions;
    private final TenantTable<SupervisionCaseId, SupervisionCase> cases;

    public InMemorySupervisionCases(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.cases = new TenantTable<>("supervision case", transactions);
    }

    @Override
    public List<SupervisionCase> openAll(List<SupervisionCase> opened) {
        return opened.stream().filter(this::openOne).toList();
    }

    private boolean openOne(SupervisionCase opened) {
        boolean known = cases.visible().anyMatch(c -> c.state() != CaseState.WITHDRAWN && c.deputy().equals(opened.deputy())
                && c.rule().equals(opened.rule()) && c.triggerKey().equals(opened.triggerKey()));
        if (known) {
            return false;
        }
        cases.insert(opened.id(), opened);
        return true;
    }

    @Override
    public void update(SupervisionCase changed) {
        cases.update(changed.id(), changed);
    }

    @Override
    public Optional<SupervisionCase> find(SupervisionCaseId id) {
        return cases.find(id);
    }

    @Override
    public List<SupervisionCase> ofDeputy(DeputyId deputy) {
        return cases.visible().filter(c -> c.deputy().equals(deputy)).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<SupervisionCase> ofDeputies(Collection<DeputyId> deputies) {
        return cases.visible().filter(c -> deputies.contains(c.deputy())).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public Slice<SupervisionCase> list(Optional<CaseState> state, KeysetRequest page) {
        return Paging.slice(cases.visible().filter(c -> state.map(s -> c.state() == s).orElse(true)).sorted(NEWEST_FIRST).toList(), page,
                c -> KeysetRequest.cursor(c.openedOn(), c.id().value()));
    }

    /** Stores the case in the congress as test set-up. */
    public SupervisionCase seed(CongressId congress, SupervisionCase supervisionCase) {
        transactions.setUp(congress, () -> open(supervisionCase));
        return supervisionCase;
    }

    /** Every case stored for the congress, in the order opened. */
    public List<SupervisionCase> stored(CongressId congress) {
        return cases.stored(congress);
    }
}
