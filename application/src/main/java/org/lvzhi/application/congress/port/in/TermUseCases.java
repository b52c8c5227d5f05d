package org.lvzhi.application.congress.port.in;

import java.util.List;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Term;

/** The terms of the acting congress: opening a new one, listing them. */
public interface TermUseCases {

    Term open(CongressId congress, OpenTermCommand command);

    List<Term> list(CongressId congress);
}
