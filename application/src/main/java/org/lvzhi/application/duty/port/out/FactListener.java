package org.lvzhi.application.duty.port.out;

import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.DeputyId;

/**
 * One of the parties duty tells ({@code FactsObserver}) that a fact about a deputy was filed: supervision (its rules are
 * evaluated when a fact arrives) and the calendar (a duty done by a record stops its clock, JD-26).
 */
public interface FactListener {

    void filed(CongressId congress, DeputyId deputy);
}
