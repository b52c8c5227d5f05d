package org.lvzhi.application.testing;

import java.util.List;
import java.util.Optional;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.congress.port.out.SaveTermPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermCalendar;
import org.lvzhi.domain.congress.TermId;

/** The terms of each congress; a congress sees only its own. Like the table, refuses a number taken twice. */
public final class InMemoryTerms implements LoadTermsPort, SaveTermPort {

    private final InMemoryTransactions transactions;
    private final TenantTable<TermId, Term> terms;

    public InMemoryTerms(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.terms = new TenantTable<>("term", transactions);
    }

    @Override
    public TermCalendar calendar() {
        return new TermCalendar(terms.visible().toList());
    }

    @Override
    public Optional<Term> find(TermId id) {
        return terms.find(id);
    }

    @Override
    public void add(Term term) {
        if (terms.visible().anyMatch(t -> t.number() == term.number())) {
            throw new IllegalStateException("unique constraint: term number " + term.number() + " is taken");
        }
        terms.insert(term.id(), term);
    }

    /** Stores the term in the congress as test set-up. */
    public Term seed(CongressId congress, Term term) {
        transactions.setUp(congress, () -> add(term));
        return term;
    }

    /** Every term stored for the congress. */
    public List<Term> stored(CongressId congress) {
        return terms.stored(congress);
    }
}
