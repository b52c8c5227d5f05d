package org.lvzhi.application.duty;

import jakarta.inject.Singleton;
import java.util.List;
import org.lvzhi.application.duty.port.in.FactsObserver;
import org.lvzhi.application.duty.port.out.FactListener;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.DeputyId;

/** Tells every {@link FactListener}, in the filing transaction. */
@Singleton
class FactsObservers implements FactsObserver {

    private final List<FactListener> listeners;

    FactsObservers(List<FactListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void filed(CongressId congress, DeputyId deputy) {
        listeners.forEach(listener -> listener.filed(congress, deputy));
    }
}
