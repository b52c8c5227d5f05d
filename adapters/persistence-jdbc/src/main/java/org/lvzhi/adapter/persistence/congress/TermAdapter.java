package org.lvzhi.adapter.persistence.congress;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.lvzhi.adapter.persistence.shared.SqlStates;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.congress.port.out.SaveTermPort;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermCalendar;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.shared.Messages;

@Singleton
class TermAdapter implements LoadTermsPort, SaveTermPort {

    /** PostgreSQL's exclusion_violation: the term_no_overlap constraint. */
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final TermRepository terms;

    TermAdapter(TermRepository terms) {
        this.terms = terms;
    }

    @Override
    public TermCalendar calendar() {
        return new TermCalendar(terms.findAllOrderByStartsOn().stream().map(TermAdapter::toTerm).toList());
    }

    @Override
    public Optional<Term> find(TermId id) {
        return terms.findById(id.value()).map(TermAdapter::toTerm);
    }

    @Override
    public void add(Term term) {
        try {
            terms.save(new TermRow(term.id().value(), term.number(), term.startsOn(), term.endsOn()));
        } catch (RuntimeException failure) {
            if (SqlStates.of(failure).filter(EXCLUSION_VIOLATION::equals).isPresent()) {
                throw Messages.of(TermCalendar.class).violation("startsOn", "term.overlap-concurrent");
            }
            throw failure;
        }
    }

    private static Term toTerm(TermRow row) {
        return new Term(new TermId(row.id()), row.number(), row.startsOn(), row.endsOn());
    }
}
