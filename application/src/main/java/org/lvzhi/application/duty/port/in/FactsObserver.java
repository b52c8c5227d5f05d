package org.lvzhi.application.duty.port.in;

import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.DeputyId;

/**
 * Told, inside the transaction that files it, that a fact about a deputy was filed (a confirmed record, an
 * absence): supervision rules are evaluated when a fact arrives, not only at night.
 */
public interface FactsObserver {

    void filed(CongressId congress, DeputyId deputy);
}
