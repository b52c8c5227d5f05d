package org.lvzhi.application.congress.port.out;

import java.util.Optional;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermCalendar;
import org.lvzhi.domain.congress.TermId;

/** The acting congress's terms. */
public interface LoadTermsPort {

    TermCalendar calendar();

    Optional<Term> find(TermId id);
}
